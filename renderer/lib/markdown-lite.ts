// Parses an analyst's note (Markdown) into a small tree of safe nodes: paragraphs, bullet and
// numbered lists, quotes, **bold**, *italic*, `code` and links shown as text. Never HTML. Pure.

export type Inline =
  { kind: 'text'; text: string } | { kind: 'strong' | 'em'; children: Inline[] } | { kind: 'code'; text: string } | { kind: 'link'; text: string; href: string };

export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; ordered: boolean; items: Inline[][] } | { kind: 'quote'; lines: Inline[][] };

const INLINE = /`([^`]+)`|\*\*(\S.*?)\*\*|__(\S.*?)__|\*([^*\s][^*]*?)\*|(?<!\w)_([^_\s][^_]*?)_(?!\w)|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  // matchAll runs on its own copy of the pattern, so the recursion below cannot disturb it.
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
    const [, code, strong1, strong2, em1, em2, linkText, href] = match;
    if (code !== undefined) out.push({ kind: 'code', text: code });
    else if (strong1 !== undefined || strong2 !== undefined) out.push({ kind: 'strong', children: parseInline(strong1 ?? strong2 ?? '') });
    else if (em1 !== undefined || em2 !== undefined) out.push({ kind: 'em', children: parseInline(em1 ?? em2 ?? '') });
    else if (linkText !== undefined && href !== undefined) out.push({ kind: 'link', text: linkText, href });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

const BULLET = /^\s*[-*•]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;
const QUOTE = /^\s*>\s?/;

function kindOf(line: string): 'list' | 'ordered' | 'quote' | 'paragraph' {
  if (BULLET.test(line)) return 'list';
  if (NUMBERED.test(line)) return 'ordered';
  if (QUOTE.test(line)) return 'quote';
  return 'paragraph';
}

export function parseMarkdownLite(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      current = null;
      continue;
    }
    const kind = kindOf(raw);
    if (kind === 'list' || kind === 'ordered') {
      const ordered = kind === 'ordered';
      const item = parseInline(raw.replace(ordered ? NUMBERED : BULLET, ''));
      if (current?.kind === 'list' && current.ordered === ordered) current.items.push(item);
      else blocks.push((current = { kind: 'list', ordered, items: [item] }));
    } else if (kind === 'quote') {
      const line = parseInline(raw.replace(QUOTE, ''));
      if (current?.kind === 'quote') current.lines.push(line);
      else blocks.push((current = { kind: 'quote', lines: [line] }));
    } else {
      const line = parseInline(raw.replace(/^#{1,6}\s+/, ''));
      if (current?.kind === 'paragraph') current.lines.push(line);
      else blocks.push((current = { kind: 'paragraph', lines: [line] }));
    }
  }
  return blocks;
}
