// The Electron security checklist applied to our window's contents and session: no navigation
// away from assay://app, no new windows or webviews, no permissions, no network, and external
// links handed to the OS only through a protocol allowlist. (Web preferences: main-window.ts.)
import type { Session, WebContents } from 'electron';
import { APP_SCHEME, isAppUrl } from './app-url.js';

/** Links the OS may open for the analyst (in their browser or mail client). */
export const EXTERNAL_PROTOCOLS: readonly string[] = ['https:', 'http:', 'mailto:'];

/** Schemes the renderer may load from: its own protocol, inline data, and DevTools in dev. */
const LOADABLE_PROTOCOLS: readonly string[] = [`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:'];

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (!EXTERNAL_PROTOCOLS.includes(parsed.protocol)) return false;
    if (parsed.protocol === 'mailto:') return parsed.pathname !== '';
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

export type NavigationVerdict = 'allow' | 'open-external' | 'deny';

/** In-app navigation stays; allowlisted links go to the OS; anything else is dropped. */
export function navigationVerdict(url: string): NavigationVerdict {
  if (isAppUrl(url)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}

export function isLoadableUrl(url: string): boolean {
  try {
    return LOADABLE_PROTOCOLS.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Applied to every WebContents the app creates (app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => {
    const verdict = navigationVerdict(event.url);
    if (verdict === 'allow') return;
    event.preventDefault();
    if (verdict === 'open-external') openExternal(event.url);
  });
  // Subframes only: the main frame's navigations are decided by 'will-navigate' above.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Denies every permission and cancels every request that is not the app's own. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLoadableUrl(details.url) }));
}
