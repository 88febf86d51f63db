// Copies found at import: wording relayed from one document into others from different sources —
// verbatim or lightly edited, a whole report or two of its paragraphs — is attributed to the
// earliest document (published date, then import order) with the matched ranges in both; documents
// on the same subject in their own words, and the seed articles, are not copies; removing a document
// removes its copies; the ACH matrix counts a relayed claim once.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectCopies } from '../../db/copies/detect-copies.js';
import { matchPassages } from '../../db/copies/match-passages.js';
import { sameWord, shingleHashes, wordsOf } from '../../db/copies/shingles.js';
import { winnow } from '../../db/copies/winnow.js';
import { addDocuments, doc, freshWorkbench } from '../support/workspace.js';

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url).pathname;
const seedsFound = existsSync(SEEDS);

const WIRE_1 =
  'Belarusian border guards closed the Brest crossing to freight traffic on Tuesday after a fire at the rail depot damaged two fuel tanks, the State Border Committee said in a statement. Lorries queued for more than twelve kilometres on the Polish side, and drivers were told the closure would last at least until Thursday morning.';
const WIRE_2 =
  'Officials in Minsk said the fire started in a vapour recovery unit during routine maintenance and was put out within four hours. No one was hurt, according to the emergency ministry, which sent forty firefighters and a rail-mounted tanker to the depot on Tuesday afternoon.';
const WIRE_3 = 'Rail freight to Poland is expected to resume once engineers have checked the tracks and the signalling near the depot, the committee added.';
/** WIRE_2 with its punctuation and capitals changed and one word replaced ("hurt" → "injured"). */
const WIRE_2_EDITED =
  'Officials in Minsk said the fire started in a "vapour recovery unit" during routine maintenance, and was put out within four hours; no one was injured, according to the Emergency Ministry, which sent forty firefighters and a rail-mounted tanker to the depot on Tuesday afternoon.';

function corpus() {
  const wb = freshWorkbench();
  const ids = addDocuments(wb, [
    // Imported first but published after the wire: the wire is still the origin.
    doc({
      title: 'Late relay',
      source: 'Evening Post',
      date: '2026-03-12',
      body: `Freight chaos at the border.\n\n${WIRE_1}\n\n${WIRE_2}\n\n${WIRE_3}`,
    }),
    doc({ title: 'Depot fire closes Brest crossing', source: 'Meridian Wire', date: '2026-03-10T09:00Z', body: `${WIRE_1}\n\n${WIRE_2}\n\n${WIRE_3}` }),
    doc({
      title: 'Queues at the border',
      source: 'Daily Courier',
      date: '2026-03-11',
      body: `Our reporter spent the night with drivers stranded near Terespol, where tempers frayed as the hours passed.\n\n${WIRE_1}\n\nMany drivers said they had no food or water, and local volunteers handed out soup from a van parked by the road.`,
    }),
    doc({
      title: 'Fire at the depot',
      source: 'Baltic Times',
      date: '2026-03-11T18:00Z',
      body: `A fire broke out in Brest on Tuesday, the second at the site in two years.\n\n${WIRE_2_EDITED}\n\nThe depot handles most of the fuel that crosses into Poland by rail.`,
    }),
    // Same subject, same names and numbers, its own words.
    doc({
      title: 'What we know about the Brest fire',
      source: 'Region Today',
      date: '2026-03-11',
      body: 'A blaze at a rail depot in Brest on Tuesday damaged two fuel tanks and shut the crossing to freight. The State Border Committee said lorries were queuing on the Polish side for twelve kilometres. Forty firefighters from the emergency ministry fought the fire for four hours; nobody was hurt. Officials in Minsk blamed maintenance work on a vapour recovery unit.',
    }),
    // The wire again under its own name: one source repeating itself is not a copy.
    doc({ title: 'Brest crossing (update)', source: 'meridian wire ', date: '2026-03-10T15:00Z', body: `${WIRE_1}\n\nThe crossing reopened to buses in the evening.` }),
  ]) as [number, number, number, number, number, number];
  const [late, wire, courier, baltic, region, update] = ids;
  return { wb, ids, late, wire, courier, baltic, region, update };
}

describe('copy detection', () => {
  it('finds passages copied verbatim and with light edits and attributes them to the earliest document, with ranges in both', async () => {
    const { wb, ids, late, wire, courier, baltic } = corpus();
    const report = await detectCopies(wb.db, ids);
    expect(report.documents).toBe(6);

    // The courier copies the wire's first paragraph (and so does the wire's own update, published later the same day).
    const courierCopies = await wb.listCopies({ documentId: courier });
    const [earliest] = courierCopies;
    expect(earliest?.copy.documentId).toBe(courier);
    expect(earliest?.origin).toMatchObject({ documentId: wire, title: 'Depot fire closes Brest crossing', source: 'Meridian Wire' });
    // The copied paragraph exactly, in both documents (from the first matched word to the last: the full stop is left out).
    expect(earliest?.copy.exact).toBe(WIRE_1.slice(0, -1));
    expect(earliest?.origin.exact).toBe(WIRE_1.slice(0, -1));
    const courierBody = (await wb.getDocument({ id: courier })).body;
    expect(courierBody.slice(earliest?.copy.start, earliest?.copy.end)).toBe(WIRE_1.slice(0, -1));
    expect(earliest?.similarity).toBe(1);

    // Punctuation, capitals and one changed word: still a copy of the wire's second paragraph.
    const [balticCopy] = await wb.listCopies({ documentId: baltic });
    expect(balticCopy?.origin.documentId).toBe(wire);
    expect(balticCopy?.origin.exact).toBe(WIRE_2.slice(0, -1));
    expect(balticCopy?.copy.exact).toContain('no one was injured, according to the Emergency Ministry');
    expect(balticCopy?.similarity).toBeGreaterThan(0.9);
    expect(balticCopy?.similarity).toBeLessThan(1);

    // Imported first, published later: a copy of the wire, never its origin.
    const lateCopies = await wb.listCopies({ documentId: late });
    expect(lateCopies[0]?.origin.documentId).toBe(wire);
    expect(lateCopies.every((c) => c.copy.documentId === late)).toBe(true);
    // The wire is an origin only.
    const wireCopies = await wb.listCopies({ documentId: wire });
    expect(wireCopies.every((c) => c.origin.documentId === wire)).toBe(true);
    expect(new Set(wireCopies.map((c) => c.copy.documentId))).toEqual(new Set([late, courier, baltic]));
  });

  it('leaves alone documents on the same subject in their own words, and one source repeating itself', async () => {
    const { wb, ids, wire, courier, late, region, update } = corpus();
    await detectCopies(wb.db, ids);
    expect(await wb.listCopies({ documentId: region })).toEqual([]);
    expect((await wb.listCopies({ documentId: wire })).some((c) => c.copy.documentId === update)).toBe(false);
    // The wire's update is earlier than the other outlets, which copy its paragraph too.
    expect((await wb.listCopies({ documentId: update })).map((c) => [c.copy.documentId, c.origin.documentId])).toEqual([
      [courier, update],
      [late, update],
    ]);
  });

  it('leaves out copies between documents given one source after the import', async () => {
    const wb = freshWorkbench();
    const ids = addDocuments(wb, [
      doc({ title: 'Statement', body: `${WIRE_1}\n\n${WIRE_3}`, date: '2026-03-10' }),
      doc({ title: 'Statement (repeated)', body: `Again:\n\n${WIRE_1}`, date: '2026-03-11' }),
    ]);
    await detectCopies(wb.db, ids);
    expect(await wb.listCopies({})).toHaveLength(1);
    await wb.updateDocuments({ ids, set: { source: 'State Border Committee' } });
    expect(await wb.listCopies({})).toEqual([]);
  });

  it('finds the same copies when run again, and forgets a removed document', async () => {
    const { wb, ids, wire, courier } = corpus();
    await detectCopies(wb.db, ids);
    const before = await wb.listCopies({});
    expect(before.length).toBeGreaterThan(3);
    await detectCopies(wb.db, ids);
    expect(await wb.listCopies({})).toEqual(before);
    await wb.deleteDocument({ id: wire });
    expect((await wb.listCopies({ documentId: courier })).some((c) => c.origin.documentId === wire)).toBe(false);
    expect(wb.db.prepare('SELECT count(*) FROM copy_passage WHERE origin_id = ? OR copy_id = ?').pluck().get(wire, wire)).toBe(0);
    expect(wb.db.prepare('SELECT count(*) FROM copy_fingerprint WHERE document_id = ?').pluck().get(wire)).toBe(0);
  });

  it('counts a relayed claim once in the ACH matrix and says which related passage is a copy', async () => {
    const { wb, ids, wire, courier, late, region } = corpus();
    await detectCopies(wb.db, ids);
    const claim = await wb.createAnnotation({ documentId: courier, exact: 'Lorries queued for more than twelve kilometres on the Polish side' });
    const hypothesis = await wb.createHypothesis({ statement: 'The crossing stays closed for days' });
    await wb.rate({ annotationId: claim.id, hypothesisId: hypothesis.id, consistency: 'C' });
    // The courier, the wire, its own update and the late relay carry the sentence: one voice.
    expect((await wb.getAch({})).rows.find((r) => r.annotationId === claim.id)).toMatchObject({ reports: 4, independentSources: 1 });

    const related = await wb.relatedPassages({ annotationId: claim.id });
    expect(related.find((r) => r.documentId === wire)?.copy).toBe('copied-by');
    expect(related.find((r) => r.documentId === late)?.copy).toBe('copy-of');
    // Another outlet's own account of the queue is related, not a copy, and is an independent source.
    const own = related.find((r) => r.documentId === region);
    expect(own?.copy).toBeUndefined();
    if (!own) return expect.fail('the regional account is related');
    await wb.confirmSameClaim({ annotationId: claim.id, documentId: region, start: own.start, end: own.end });
    expect((await wb.getAch({})).rows.find((r) => r.annotationId === claim.id)).toMatchObject({ reports: 5, independentSources: 2 });
  });
});

describe('shingles, winnowing and exact overlap', () => {
  it('keeps about one shingle in ten and always shares a fingerprint over a common run of 24 words', () => {
    const text = Array.from({ length: 600 }, (_, i) => `w${(i * 7919) % 1000}`).join(' ');
    const fingerprints = winnow(shingleHashes(wordsOf(text)));
    expect(fingerprints.length).toBeGreaterThan(30);
    expect(fingerprints.length).toBeLessThan(90);
    const run = text.split(' ').slice(300, 324).join(' ');
    const other = winnow(shingleHashes(wordsOf(`unrelated words first then ${run} and something else after it all`)));
    expect(other.some((hash) => fingerprints.includes(hash))).toBe(true);
  });

  it('reads words past case, punctuation, ё and curly apostrophes, keeping each one’s range', () => {
    const a = wordsOf('“Don’t panic,” said the ЁЖИК — twice.');
    const b = wordsOf("don't PANIC said the ежик twice");
    expect(a.count).toBe(6);
    expect(Array.from({ length: 6 }, (_, i) => sameWord(a, i, b, i))).toEqual([true, true, true, true, true, true]);
    expect([a.start[0], a.end[0]]).toEqual([1, 6]);
    expect(sameWord(wordsOf('panic'), 0, wordsOf('panics'), 0)).toBe(false);
    // Denser than prose: the word tables grow.
    const dense = wordsOf('a '.repeat(1000));
    expect([dense.count, dense.start[999], dense.end[999]]).toEqual([1000, 1998, 1999]);
  });

  it('joins identical runs across one changed word, and ignores a short shared phrase', () => {
    const side = (text: string) => {
      const words = wordsOf(text);
      return { words, hashes: shingleHashes(words) };
    };
    const [passage] = matchPassages(side(`Intro text here. ${WIRE_2_EDITED}`), side(WIRE_2));
    expect(passage?.identical).toBe(wordsOf(WIRE_2).count - 1);
    expect(matchPassages(side('the State Border Committee said in a statement on Friday'), side(WIRE_1))).toEqual([]);
  });
});

describe.skipIf(!seedsFound)('copy detection on the seed articles', () => {
  it('finds no copies among the five seeds, which report the same events in their own words', async () => {
    const wb = freshWorkbench();
    const report = await wb.importPaths({ paths: [SEEDS] });
    await detectCopies(
      wb.db,
      report.added.map((a) => a.id),
    );
    expect(wb.db.prepare('SELECT count(*) FROM copy_passage').pluck().get()).toBe(0);
    expect(wb.db.prepare('SELECT count(DISTINCT document_id) FROM copy_fingerprint').pluck().get()).toBe(5);
  });
});
