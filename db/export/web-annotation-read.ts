// Reads one Web Annotation (already JSON-parsed) into the fields Assay can store, or says in one
// line why it cannot. Lenient about what the W3C model allows (single values or arrays, bodyValue,
// foreign ids), strict about what anchoring needs (document hash and quote) and about assessments.
import { isConsistency, isRelevance, type Consistency, type Relevance } from '../../api/ach.js';
import { isConfidence, isCredibility, isProbability, isReliability, type Assessments } from '../../api/assessments.js';
import { isUuid, nameBasedUuid, niToContentHash, toUtcTimestamp, urnToUuid } from './identifiers.js';

/** A rating of the passage against a hypothesis named by its statement. */
export interface IncomingRating {
  hypothesis: string;
  consistency: Consistency;
  relevance: Relevance;
  reason: string;
  /** Who rated, when the file says so. */
  rater: string | null;
}

export interface IncomingAnnotation extends Assessments {
  /** A bare UUID: the exported one, or one derived from a foreign annotation's IRI. */
  id: string;
  /** Lowercase-hex SHA-256 of the document body. */
  contentHash: string;
  documentTitle: string | null;
  start: number | null;
  end: number | null;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  tags: string[];
  createdAt: string | null;
  updatedAt: string | null;
  ratings: IncomingRating[];
  /** Bare UUIDs of the annotations linked to this one as the same claim. */
  sameClaimAs: string[];
}

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The model lets most properties hold one value or an array of them. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function hasType(value: Json, type: string): boolean {
  return asList(value['type']).includes(type);
}

class Rejection extends Error {}

function reject(reason: string): never {
  throw new Rejection(reason);
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function idOf(annotation: Json): string {
  const iri = asList(annotation['id'])[0];
  if (typeof iri !== 'string' || iri === '') reject('it has no id');
  // A foreign IRI gets a name-based UUID, so importing the same file twice still adds nothing.
  return urnToUuid(iri) ?? (isUuid(iri) ? iri.toLowerCase() : nameBasedUuid(`annotation\n${iri}`));
}

function targetOf(annotation: Json): Json {
  const targets = asList(annotation['target']);
  if (targets.length === 0) reject('it has no target');
  const target = targets.find((t) => isRecord(t) && t['source'] !== undefined && t['selector'] !== undefined);
  if (!isRecord(target)) reject('its target names no source document with a selector');
  return target;
}

function contentHashOf(target: Json): string {
  const source = target['source'];
  const iri = isRecord(source) ? source['id'] : source;
  const hash = typeof iri === 'string' ? niToContentHash(iri) : null;
  if (hash === null) reject(`its target source is not a content hash (ni:///sha-256;…): ${JSON.stringify(iri ?? null)}`);
  return hash;
}

function quoteOf(selectors: Json[]): { exact: string; prefix: string; suffix: string } {
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
  if (quote === undefined) reject('its target has no TextQuoteSelector');
  const exact = quote['exact'];
  if (typeof exact !== 'string' || exact === '') reject('its TextQuoteSelector has no exact text');
  return { exact, prefix: optionalString(quote['prefix']) ?? '', suffix: optionalString(quote['suffix']) ?? '' };
}

/** Offsets are only a hint for re-anchoring, so a malformed position is dropped, not fatal. */
function positionOf(selectors: Json[]): { start: number | null; end: number | null } {
  const position = selectors.find((s) => hasType(s, 'TextPositionSelector'));
  const start = position?.['start'];
  const end = position?.['end'];
  const valid = Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= Number(start) && Number(start) <= Number(end);
  return valid ? { start: Number(start), end: Number(end) } : { start: null, end: null };
}

function bodiesOf(annotation: Json): { note: string; tags: string[] } {
  const notes: string[] = [];
  const tags = new Map<string, string>();
  const bodyValue = annotation['bodyValue'];
  if (typeof bodyValue === 'string' && bodyValue.trim() !== '') notes.push(bodyValue);
  for (const body of asList(annotation['body'])) {
    // Bodies that are links (strings, or objects without a value) carry nothing we can keep.
    if (!isRecord(body) || typeof body['value'] !== 'string') continue;
    const value = body['value'];
    if (asList(body['purpose']).includes('tagging')) {
      const tag = value.trim();
      if (tag !== '' && !tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    } else if (value.trim() !== '') {
      notes.push(value);
    }
  }
  return { note: notes.join('\n\n'), tags: [...tags.values()] };
}

function assessmentsOf(annotation: Json): Assessments {
  const raw = annotation['assay:assessment'];
  if (raw === undefined || raw === null) return { reliability: null, credibility: null, probability: null, confidence: null };
  if (!isRecord(raw)) reject('its assay:assessment is not an object');
  const read = <T>(key: string, guard: (v: unknown) => v is T, expected: string): T | null => {
    const value = raw[`assay:${key}`];
    if (value === undefined || value === null) return null;
    if (!guard(value)) reject(`invalid assay:${key} ${JSON.stringify(value)} (expected ${expected})`);
    return value;
  };
  return {
    reliability: read('reliability', isReliability, 'one of A–F'),
    credibility: read('credibility', isCredibility, 'a number 1–6'),
    probability: read('probability', isProbability, 'an ICD 203 term such as "likely"'),
    confidence: read('confidence', isConfidence, 'low, moderate or high'),
  };
}

function ratingsOf(annotation: Json): IncomingRating[] {
  return asList(annotation['assay:ratings']).map((raw) => {
    if (!isRecord(raw)) reject('an assay:ratings entry is not an object');
    const hypothesis = raw['assay:hypothesis'];
    const consistency = raw['assay:consistency'];
    const relevance = raw['assay:relevance'] ?? 'medium';
    if (typeof hypothesis !== 'string' || hypothesis.trim() === '') reject('an assay:ratings entry names no hypothesis');
    if (!isConsistency(consistency)) reject(`invalid assay:consistency ${JSON.stringify(consistency)} (expected CC, C, N, I, II or NA)`);
    if (!isRelevance(relevance)) reject(`invalid assay:relevance ${JSON.stringify(relevance)} (expected low, medium or high)`);
    const reason = optionalString(raw['assay:reason']) ?? '';
    const rater = optionalString(raw['assay:rater']);
    return { hypothesis, consistency, relevance, reason: reason.replace(/\s+/g, ' ').trim().slice(0, 300), rater: rater?.trim() || null };
  });
}

function sameClaimOf(annotation: Json): string[] {
  return asList(annotation['assay:sameClaimAs']).flatMap((iri) => {
    if (typeof iri !== 'string') return [];
    const uuid = urnToUuid(iri) ?? (isUuid(iri) ? iri.toLowerCase() : null);
    return uuid ? [uuid] : [];
  });
}

function documentTitleOf(target: Json): string | null {
  const citation = target['assay:document'];
  const title = isRecord(citation) ? citation['assay:title'] : undefined;
  return typeof title === 'string' && title.trim() !== '' ? title : null;
}

/** The rejection reason when `value` is not an annotation Assay can import. */
export function readAnnotation(value: unknown): IncomingAnnotation | { reason: string } {
  try {
    if (!isRecord(value)) reject('it is not a JSON object');
    if (!hasType(value, 'Annotation')) reject('its type is not "Annotation"');
    const id = idOf(value);
    const target = targetOf(value);
    const contentHash = contentHashOf(target);
    const selectors = asList(target['selector']).filter(isRecord);
    return {
      id,
      contentHash,
      documentTitle: documentTitleOf(target),
      ...positionOf(selectors),
      ...quoteOf(selectors),
      ...bodiesOf(value),
      ...assessmentsOf(value),
      createdAt: toUtcTimestamp(optionalString(value['created'])),
      updatedAt: toUtcTimestamp(optionalString(value['modified'])),
      ratings: ratingsOf(value),
      sameClaimAs: sameClaimOf(value),
    };
  } catch (error) {
    if (error instanceof Rejection) return { reason: error.message };
    throw error;
  }
}
