// Type declarations for nlp-corpus (ships none): ~100k real English sentences as plain strings.
declare module 'nlp-corpus' {
  /** Every sentence, in the package's fixed order. */
  export function all(): string[];
  /** The first `max` sentences. */
  export function some(max?: number): string[];
  /** `count` sentences picked with Math.random (not deterministic: the bench never uses it). */
  export function random(count?: number): string[];
  const corpus: { all: typeof all; some: typeof some; random: typeof random };
  export default corpus;
}
