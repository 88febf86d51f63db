// What the query language can do, with the README's own examples (lunr syntax plus phrases).
const ROWS: [string, string][] = [
  ['fire port', 'either word; documents with both rank higher'],
  ['+fire +port', 'both words required'],
  ['fire -drill', 'drill must not occur'],
  ['title:fire', 'one field: title, source, author, body, notes, tags'],
  ['sanction*   *port', 'wildcards'],
  ['goverment~1', 'fuzzy: up to 1 edit (2 at most)'],
  ['port^3 fire', 'boost a term'],
  ['"border crossing"', 'a phrase, words in this order; -"…" excludes it, title:"…" limits it to a field'],
  ['"border troops"~5', 'proximity: the words at most 5 words apart, in any order'],
  ['(empty)', 'lists the documents that pass the filters, newest first'],
];

export function SearchSyntaxHelp() {
  return (
    <div className="syntax">
      <table className="syntax__table">
        <caption className="visually-hidden">Query syntax with examples</caption>
        <thead>
          <tr>
            <th scope="col">Query</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([query, meaning]) => (
            <tr key={query}>
              <td>
                <code>{query}</code>
              </td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="syntax__note">
        Words are stemmed (English and Russian): <code>armies</code> finds <em>army</em>, <code>армии</code> finds <em>армия</em>. Filters below narrow the results by
        source, language, date, tag or notes.
      </p>
    </div>
  );
}
