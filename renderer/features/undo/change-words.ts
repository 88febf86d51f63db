// How a change's one-line label (`Delete highlight “…”`, written by the core) reads once done.
const DONE: [RegExp, string][] = [
  [/^Delete /, 'Deleted '],
  [/^Edit /, 'Edited '],
  [/^Merge /, 'Merged '],
  [/^Restore /, 'Restored '],
];

export function doneWords(label: string): string {
  for (const [verb, done] of DONE) if (verb.test(label)) return label.replace(verb, done);
  return label;
}
