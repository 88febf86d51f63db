// A document's identity for duplicate detection: the SHA-256 of its normalised body. Its own module
// so an import worker computes it beside the parse, without loading the store.
import { createHash } from 'node:crypto';

export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}
