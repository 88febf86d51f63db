// Finds the charset an HTML page declares for itself (<meta charset>, the http-equiv form, or an
// XML declaration), by looking at the first bytes the way browsers do before decoding.

const PRESCAN_BYTES = 4096;

export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  // Every charset name and the markup around it is ASCII, so a byte-per-char view is safe.
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const patterns = [/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i, /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i];
  for (const pattern of patterns) {
    const m = pattern.exec(head);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return null;
}
