// The desktop UI's own origin: a privileged custom scheme (not file://), so the renderer gets a
// real origin for CSP and the main process can tell its own frames from anything else.
export const APP_SCHEME = 'assay';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for URLs of the app's own origin (assay://app/…). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
