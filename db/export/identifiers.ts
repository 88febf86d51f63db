// Identifier conversions for the Web Annotation exchange: urn:uuid IRIs, RFC 6920 ni: IRIs
// for content hashes, and name-based (v5) UUIDs so that rendering stays deterministic.
import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHA256_HEX = /^[0-9a-f]{64}$/i;
// RFC 6920 §3: ni://[authority]/<alg>;<base64url value>; the authority is optional and ignored.
const NI_SHA256 = /^ni:\/\/[^/]*\/sha-256;([A-Za-z0-9_-]{43})(?:\?.*)?$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function uuidToUrn(uuid: string): string {
  return `urn:uuid:${uuid.toLowerCase()}`;
}

/** The bare UUID of a `urn:uuid:` IRI, or null for any other string. */
export function urnToUuid(iri: string): string | null {
  const match = /^urn:uuid:(.+)$/i.exec(iri);
  const uuid = match?.[1];
  return uuid !== undefined && isUuid(uuid) ? uuid.toLowerCase() : null;
}

/** `ni:///sha-256;…` for a lowercase-hex SHA-256, so another workspace can find the same text. */
export function contentHashToNi(hex: string): string {
  if (!SHA256_HEX.test(hex)) throw new Error(`Not a hex SHA-256 content hash: "${hex}"`);
  return `ni:///sha-256;${Buffer.from(hex, 'hex').toString('base64url')}`;
}

/** The lowercase-hex SHA-256 named by an `ni:` IRI, or null when it names something else. */
export function niToContentHash(iri: string): string | null {
  const value = NI_SHA256.exec(iri)?.[1];
  if (value === undefined) return null;
  const bytes = Buffer.from(value, 'base64url');
  return bytes.length === 32 ? bytes.toString('hex') : null;
}

// Fixed namespace for Assay's name-based UUIDs (itself a random v4, minted once).
const ASSAY_NAMESPACE = Buffer.from('6f1d2c0e4b7a4f0e9a3c5d8e7b1f2a60', 'hex');

/** RFC 4122 version-5 UUID of `name`: same name, same UUID, on every machine. */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(ASSAY_NAMESPACE).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An RFC 3339 UTC timestamp for `value`, or null when it is not a date at all. */
export function toUtcTimestamp(value: string | null): string | null {
  if (value === null) return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)) return value;
  // SQLite's datetime() writes "YYYY-MM-DD HH:MM:SS" in UTC without saying so.
  const normalised = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const time = Date.parse(normalised);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
