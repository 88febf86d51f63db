// Reads schema.org article data from JSON-LD blocks, which news sites fill in more reliably
// than <meta> tags: headline, authors, publication date, publisher, canonical URL.

export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
  description: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$/;

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(text).filter((v): v is string => v !== null);
    return names.length ? names.join(', ') : null;
  }
  if (isObject(value)) return text(value.name);
  return null;
}

function types(node: { [key: string]: Json }): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

function* nodes(value: Json): Generator<{ [key: string]: Json }> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodes(item);
  } else if (isObject(value)) {
    yield value;
    const graph = value['@graph'];
    if (graph !== undefined) yield* nodes(graph);
  }
}

function parse(block: string): Json | undefined {
  try {
    return JSON.parse(block) as Json;
  } catch {
    return undefined;
  }
}

/** The first article-like node across the page's JSON-LD blocks, or null. */
export function articleFromJsonLd(blocks: readonly string[]): JsonLdArticle | null {
  const candidates: { [key: string]: Json }[] = [];
  for (const block of blocks) {
    const data = parse(block);
    if (data !== undefined) for (const node of nodes(data)) candidates.push(node);
  }
  // A specific article type beats the generic WebPage the same page also describes.
  const score = (node: { [key: string]: Json }): number => (types(node).some((t) => ARTICLE_TYPE.test(t)) ? 2 : types(node).includes('WebPage') ? 1 : 0);
  const best = candidates.filter((n) => score(n) > 0).sort((a, b) => score(b) - score(a))[0];
  if (!best) return null;
  const page = best.mainEntityOfPage;
  return {
    headline: text(best.headline) ?? text(best.name),
    author: text(best.author),
    datePublished: text(best.datePublished) ?? text(best.dateCreated),
    publisher: text(best.publisher),
    url: text(best.url) ?? (typeof page === 'string' ? page : isObject(page) && typeof page['@id'] === 'string' ? page['@id'] : null),
    description: text(best.description),
  };
}
