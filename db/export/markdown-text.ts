// Escaping for text Assay puts into Markdown it did not write (titles, tags, quoted passages),
// so that a "*" or "#" in a document title cannot break the report's structure.

/** Inline text: backslash-escapes the characters that start emphasis, links, code or HTML. */
export function escapeInline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/**
 * One line of quoted source text inside a blockquote. Besides the inline escapes, a line that
 * would open a list, heading, rule or nested quote gets its marker escaped, and leading blanks
 * are dropped (four of them would turn the line into a code block).
 */
export function escapeQuoteLine(line: string): string {
  const escaped = escapeInline(line.trimStart());
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Every line of `text` as a blockquote line, `>` on each one, blank lines included. */
export function blockquote(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const escaped = escapeQuoteLine(line);
      return escaped === '' ? '>' : `> ${escaped}`;
    })
    .join('\n');
}

/** `<url>` when it can be an autolink, else the escaped text. */
export function linkText(url: string): string {
  return /^[a-z][a-z0-9+.-]*:[^\s<>]*$/i.test(url) ? `<${url}>` : escapeInline(url);
}
