// After the sample corpus loads, the first-run screen says what was added (how many documents, in
// which languages) and offers a few first searches that show what Assay does with this corpus.
import type { ImportReport } from '../../../api/types.js';
import { languageName, plural } from '../../lib/format.js';
import type { Facets } from '../search/use-search.js';

/** Searches worth trying first on the sample: a phrase, a Russian word in another form, a field. */
export const FIRST_SEARCHES: { query: string; why: string }[] = [
  { query: 'fire', why: 'every account of the night of the fire' },
  { query: 'армии', why: 'a Russian word: finds армия, армией … in every form' },
  { query: '"vapour recovery unit"', why: 'a quoted phrase: only where the words stand together' },
  { query: 'title:correction', why: 'a word in the title only' },
];

interface SampleAddedProps {
  report: ImportReport;
  /** The workspace's languages; it was empty before the sample, so these are the sample's. */
  languages: Facets['languages'] | undefined;
  onSearch: (query: string) => void;
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function SampleAdded({ report, languages, onSearch }: SampleAddedProps) {
  const added = report.added.length;
  const inLanguages = languages && languages.length > 0 ? ` in ${joinWords(languages.map((l) => `${languageName(l.value)} (${l.count})`))}` : '';
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" className="welcome__title">
        The sample corpus is ready
      </h1>
      <p className="welcome__lead" role="status">
        Added {plural(added, 'document')}
        {inLanguages}: a fictional fire at a fuel terminal in the port of Marensk, told by sources that disagree.
        {report.duplicates.length > 0 ? ` ${plural(report.duplicates.length, 'document')} were already here.` : ''}
      </p>
      <h2 className="welcome__subtitle">Try a first search</h2>
      <ul className="welcome__searches">
        {FIRST_SEARCHES.map((s) => (
          <li key={s.query}>
            <button type="button" className="button welcome__search" aria-label={`Search for ${s.query}`} onClick={() => onSearch(s.query)}>
              <code>{s.query}</code>
            </button>
            <span className="muted">{s.why}</span>
          </li>
        ))}
      </ul>
      <p className="muted">
        Then open a result, select a passage and press <kbd>h</kbd> to highlight it. Press <kbd>?</kbd> for every shortcut.
      </p>
    </section>
  );
}
