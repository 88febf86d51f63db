// The UI adds its own hint to a core error by the error's subject, naming a control of the page;
// the core's message itself stays as it was written.
import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../api/result.js';
import { errorMessage } from '../../renderer/api/workbench-client.js';

describe('errorMessage', () => {
  it('adds the hint that names the UI control for each subject', () => {
    expect(errorMessage(new WorkbenchError('not-found', 'No document #9 in this workspace', 'document'))).toBe(
      'No document #9 in this workspace. Search again to pick one from the results.',
    );
    expect(errorMessage(new WorkbenchError('not-found', 'No annotation x in this workspace', 'annotation'))).toBe(
      'No annotation x in this workspace. The Notes pane lists the highlights there are.',
    );
    expect(errorMessage(new WorkbenchError('not-found', 'No tag #3 in this workspace', 'tag'))).toBe(
      'No tag #3 in this workspace. Manage tags lists the tags there are.',
    );
  });

  it('leaves other errors as the core wrote them', () => {
    expect(errorMessage(new WorkbenchError('conflict', 'A tag named "x" already exists'))).toBe('A tag named "x" already exists');
    // The browser UI serves one workspace; the desktop shell reports workspace errors itself.
    expect(errorMessage(new WorkbenchError('workspace', 'Cannot open workspace w.db: locked', 'workspace'))).toBe('Cannot open workspace w.db: locked');
    expect(errorMessage(new Error('No document #9 in this workspace'))).toBe('No document #9 in this workspace');
  });
});
