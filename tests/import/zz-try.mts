import { readAndParse } from '/work/main/db/import/read-and-parse.js';
import { readdirSync } from 'node:fs';
for (const f of readdirSync('/work/main/sample/corpus')) {
  const o = await readAndParse('/work/main/sample/corpus/' + f);
  if (!o.ok) { console.log(f, o.reason); continue; }
  for (const d of o.documents.slice(0, 2)) console.log(f, JSON.stringify({ t: d.title, s: d.source, a: d.author, d: d.date }));
}
