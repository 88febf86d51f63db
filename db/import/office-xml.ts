// Small readers for the XML parts of office packages (docProps/core.xml, meta.xml, an EPUB's OPF),
// with htmlparser2 in XML mode: elements are matched by local name, whatever their prefix.
import { Parser } from 'htmlparser2';

/** 'dc:title' -> 'title'. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** The text of every element whose local name is in `names`, in document order, by local name. */
export function elementTexts(xml: string, names: readonly string[]): Map<string, string[]> {
  const wanted = new Set(names);
  const found = new Map<string, string[]>();
  const open: { name: string; text: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        const local = localName(name);
        if (wanted.has(local)) open.push({ name: local, text: '' });
      },
      ontext(text) {
        for (const element of open) element.text += text;
      },
      onclosetag(name) {
        const local = localName(name);
        if (!wanted.has(local) || open[open.length - 1]?.name !== local) return;
        const element = open.pop() as { name: string; text: string };
        const text = element.text.replace(/\s+/g, ' ').trim();
        if (text) found.set(local, [...(found.get(local) ?? []), text]);
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return found;
}

/** The first text of the first of `names` that has one. */
export function firstText(fields: Map<string, string[]>, ...names: string[]): string | null {
  for (const name of names) {
    const value = fields.get(name)?.[0];
    if (value) return value;
  }
  return null;
}
