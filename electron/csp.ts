// The Content-Security-Policy for the offline UI: nothing remote, no eval, no plugins, no framing.
// Sent as a response header by the app protocol; the renderer adds the same as a <meta> fallback.
// electronegativity: CSP_GLOBAL_CHECK — the CSP is a response header of the assay:// protocol
// handler (app-protocol.ts), which the check cannot see; the renderer's <meta> repeats it.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers on every response of the app protocol. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
