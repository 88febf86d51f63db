// Navigation, new-window and external-link decisions, and the IPC sender guard.
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../electron/app-url.js';
import { createFrameGuard } from '../../electron/sender-guard.js';
import { isAllowedExternalUrl, isLoadableUrl, navigationVerdict } from '../../electron/window-security.js';

describe('external links', () => {
  it.each(['https://example.org/report', 'http://example.org/', 'mailto:analyst@example.org'])('opens %s in the OS', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
    expect(navigationVerdict(url)).toBe('open-external');
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id',
    'vscode://file/x',
    'data:text/html,<script>',
    'https://user:pw@example.org/',
    'mailto:',
    'nonsense',
  ])('never hands %s to the OS', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
    expect(navigationVerdict(url)).toBe('deny');
  });

  it('keeps in-app navigation in the window', () => {
    expect(navigationVerdict('assay://app/index.html#/doc/3')).toBe('allow');
  });
});

describe('requests', () => {
  it('lets the page load only from its own scheme (and DevTools)', () => {
    expect(isLoadableUrl('assay://app/assets/app.js')).toBe(true);
    expect(isLoadableUrl('data:image/png;base64,AA')).toBe(true);
    expect(isLoadableUrl('https://cdn.example/lib.js')).toBe(false);
    expect(isLoadableUrl('ws://127.0.0.1:9/')).toBe(false);
    expect(isLoadableUrl('file:///etc/passwd')).toBe(false);
  });
});

describe('sender guard', () => {
  const top = { url: 'assay://app/index.html' };
  const guard = createFrameGuard(() => top);

  it('trusts only our window’s top frame on the app origin', () => {
    expect(guard(top)).toBe(true);
    expect(guard({ url: 'assay://app/index.html' })).toBe(false);
    expect(guard(null)).toBe(false);
    expect(guard(undefined)).toBe(false);
  });

  it('distrusts the top frame once it shows another origin', () => {
    const navigated = { url: 'https://evil.example/' };
    expect(createFrameGuard(() => navigated)(navigated)).toBe(false);
  });

  it('distrusts everything when there is no window', () => {
    expect(createFrameGuard(() => null)(top)).toBe(false);
  });

  it('isAppUrl is exact about scheme and host', () => {
    expect(isAppUrl('assay://app/')).toBe(true);
    expect(isAppUrl('assay://app.evil/')).toBe(false);
    expect(isAppUrl('assay://evil/')).toBe(false);
    expect(isAppUrl('assays://app/')).toBe(false);
  });
});
