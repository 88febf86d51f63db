// The one spelling fold for search text. The index pipeline (lunr-setup.ts) and phrase matching
// (phrase-match.ts) both use it, so a word that is found as a term is also found inside a phrase.
// Index terms are stored folded: change what folds into what and INDEX_VERSION must go up.

/** For each folded character, the spellings that fold into it: ё into е; ’ and ʼ into '. */
const VARIANTS: Readonly<Record<string, string>> = { е: 'ё', "'": '\u2019\u02bc' };

/** Every apostrophe that can join the parts of one word (м'ясо, м’ясо, мʼясо; don't). */
export const APOSTROPHES = `'${VARIANTS["'"] ?? ''}`;

const FOLD_TARGET = new Map(Object.entries(VARIANTS).flatMap(([folded, variants]) => [...variants].map((variant) => [variant, folded] as const)));
const FOLDABLE = new RegExp(`[${[...FOLD_TARGET.keys()].join('')}]`, 'g');

/** Lower-cases `text` and folds the spellings analysts type interchangeably: ё/е and the three apostrophes. */
export function foldSearchText(text: string): string {
  return text.toLowerCase().replace(FOLDABLE, (variant) => FOLD_TARGET.get(variant) ?? variant);
}

function escapeForRegExp(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular-expression fragment matching one character of folded text in any spelling that folds
 * to it (`е` → `[её]`); letter case is left to the expression's `i` flag.
 */
export function foldedCharPattern(char: string): string {
  const variants = VARIANTS[char];
  return variants === undefined ? escapeForRegExp(char) : `[${char}${variants}]`;
}
