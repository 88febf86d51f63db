// Security headers of the assay:// protocol: the shared Content-Security-Policy (api/) and friends.
// The renderer repeats the policy as a <meta> fallback.
// electronegativity: CSP_GLOBAL_CHECK — the CSP is a response header of the assay:// protocol
// handler (app-protocol.ts), which the check cannot see; the renderer's <meta> repeats it.
import { CONTENT_SECURITY_POLICY } from '../api/ui-content-policy.js';

export { CONTENT_SECURITY_POLICY };

/** Headers on every response of the app protocol. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
