// Fingerprints many texts at once, elsewhere when it can: the import's worker threads are idle
// while it looks for copies, and making a print costs about as much as comparing it.
import { fingerprintDocument, type DocumentPrint } from './fingerprint.js';

/** Fingerprints texts elsewhere (the import's workers): each text's print in order, or undefined if that failed. */
export type Fingerprinter = (texts: string[]) => Promise<DocumentPrint[] | undefined>;

/** Texts sent to be fingerprinted at a time (about a megabyte of news articles): the workers share the rest between them. */
const TEXTS_PER_JOB = 250;

/** Each text's print, in order: by `fingerprint`, several jobs at once, or here (without one, or for a job that failed). */
export async function fingerprintTexts(texts: readonly string[], fingerprint?: Fingerprinter): Promise<DocumentPrint[]> {
  if (!fingerprint) return texts.map(fingerprintDocument);
  const jobs: Promise<DocumentPrint[]>[] = [];
  for (let from = 0; from < texts.length; from += TEXTS_PER_JOB) {
    const part = texts.slice(from, from + TEXTS_PER_JOB);
    jobs.push(fingerprint(part).then((made) => (made?.length === part.length ? made : part.map(fingerprintDocument))));
  }
  return (await Promise.all(jobs)).flat();
}
