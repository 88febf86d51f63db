// The core's refusals speak no door's language: a code, a neutral message, and a `subject` that
// lets each door add its own hint (the CLI a command, the UI a button) without parsing the text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbench } from '../../db/workbench.js';
import { freshWorkbench, tempDir } from '../support/workspace.js';

// Words only a door may use: a quoted CLI command or an option, or a control of the UI.
const DOOR_WORDS = /['"`]assay |--\w|\bmenu\b|\bbutton\b|\bclick/i;

function refusal(error: unknown): { code: string; message: string; subject: string | undefined } {
  const { code, message, subject } = error as { code: string; message: string; subject?: string };
  expect(message).not.toMatch(DOOR_WORDS);
  return { code, message, subject };
}

async function refusalOf(call: Promise<unknown>): Promise<ReturnType<typeof refusal>> {
  try {
    await call;
  } catch (error) {
    return refusal(error);
  }
  return expect.fail('the call should have been refused');
}

describe('core errors', () => {
  it('names what was not found, neutrally', async () => {
    const wb = freshWorkbench();
    expect(await refusalOf(wb.getDocument({ id: 999 }))).toEqual({ code: 'not-found', message: 'No document #999 in this workspace', subject: 'document' });
    expect(await refusalOf(wb.deleteDocument({ id: 999 }))).toEqual({ code: 'not-found', message: 'No document #999 in this workspace', subject: 'document' });
    expect(await refusalOf(wb.createAnnotation({ documentId: 999, exact: 'x' }))).toMatchObject({ code: 'not-found', subject: 'document' });
    expect(await refusalOf(wb.deleteAnnotation({ id: 'nope' }))).toEqual({ code: 'not-found', message: 'No annotation nope in this workspace', subject: 'annotation' });
    expect(await refusalOf(wb.getAnnotationHistory({ id: 'nope' }))).toMatchObject({ code: 'not-found', subject: 'annotation' });
    expect(await refusalOf(wb.renameTag({ id: 999, name: 'x' }))).toEqual({ code: 'not-found', message: 'No tag #999 in this workspace', subject: 'tag' });
  });

  it('passes the subject through a door’s Result', async () => {
    const wb = freshWorkbench();
    expect(await wb.dispatch('getDocument', { id: 999 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No document #999 in this workspace', subject: 'document' },
    });
  });

  it('refuses a file that is not a workspace without naming --db', () => {
    const path = join(tempDir(), 'notes.txt');
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(200));
    let caught: unknown;
    try {
      openWorkbench(path);
    } catch (error) {
      caught = error;
    }
    expect(refusal(caught)).toEqual({ code: 'workspace', message: `${path} is not an Assay workspace (not a SQLite database)`, subject: 'workspace' });
  });
});
