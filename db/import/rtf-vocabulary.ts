// The words of RTF that the reader (rtf-reader.ts) treats specially: destinations that hold no
// document text, {\info} fields, symbol words, and the code page each \fcharset stands for.
import iconv from 'iconv-lite';

export const SKIPPED = new Set([
  'colortbl',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'fldinst',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'revtbl',
  'filetbl',
  'pgdsctbl',
  'xmlnstbl',
  'mmathPr',
  'shpinst',
  'shprslt',
  'nonshppict',
  'pntxta',
  'pntxtb',
  'generator',
  'userprops',
  'docvar',
  'xe',
  'tc',
  'txe',
  'bkmkstart',
  'bkmkend',
  'annotation',
  'atnid',
  'atnauthor',
  'template',
  'falt',
  'panose',
  'private',
]);
export const INFO_TEXT = new Set(['title', 'subject', 'author', 'operator', 'keywords', 'comment', 'doccomm', 'company', 'category', 'manager']);
export const INFO_TIME = new Set(['creatim', 'revtim']);
export const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['emdash', '—'],
  ['endash', '–'],
  ['bullet', '•'],
  ['lquote', '‘'],
  ['rquote', '’'],
  ['ldblquote', '“'],
  ['rdblquote', '”'],
  ['emspace', '\u2003'],
  ['enspace', '\u2002'],
  ['qmspace', '\u2005'],
  ['zwj', '\u200D'],
  ['zwnj', '\u200C'],
]);
// \fcharsetN -> Windows code page.
export const CHARSET_CODEPAGE: Readonly<Record<number, number>> = {
  2: 1252,
  77: 10000,
  128: 932,
  129: 949,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
  255: 437,
};
const CODEPAGE_NAMES: Readonly<Record<number, string>> = { 932: 'shift_jis', 936: 'gbk', 949: 'cp949', 950: 'big5', 10000: 'macintosh', 20866: 'koi8-r', 65001: 'utf8' };

export function encodingFor(codepage: number): string {
  const name = CODEPAGE_NAMES[codepage] ?? `cp${codepage}`;
  return iconv.encodingExists(name) ? name : 'windows-1252';
}
