// The access token of one web host launch: 32 random bytes, base64url, fresh at every start,
// compared in constant time so response timing reveals nothing about it.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Hashing first gives two equal-length buffers whatever was sent, as timingSafeEqual needs. */
export function sameToken(sent: string, expected: string): boolean {
  const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(sent), digest(expected));
}
