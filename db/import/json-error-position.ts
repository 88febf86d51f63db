// Says where JSON goes wrong: V8's JSON.parse often reports no position ("Unexpected token 'o'"),
// so a small scanner finds the first bad character and the message names its line and column.

const MAX_DEPTH = 2000;

class Scanner {
  i = 0;
  constructor(private readonly s: string) {}

  private ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s.charAt(this.i))) this.i += 1;
  }

  private literal(word: string): boolean {
    if (this.s.startsWith(word, this.i)) {
      this.i += word.length;
      return true;
    }
    // Point at the first character that differs.
    while (this.s.charAt(this.i) === word.charAt(0)) {
      this.i += 1;
      word = word.slice(1);
    }
    return false;
  }

  private string(): boolean {
    this.i += 1;
    while (this.i < this.s.length) {
      const c = this.s.charCodeAt(this.i);
      if (c === 0x22) {
        this.i += 1;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = this.s.charAt(this.i + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) return false;
          this.i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') this.i += 2;
        else {
          this.i += 1;
          return false;
        }
      } else this.i += 1;
    }
    return false;
  }

  private number(): boolean {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 400));
    if (!m) return false;
    this.i += m[0].length;
    return true;
  }

  private members(close: string, depth: number, keyed: boolean): boolean {
    this.i += 1;
    this.ws();
    if (this.s.charAt(this.i) === close) {
      this.i += 1;
      return true;
    }
    for (;;) {
      this.ws();
      if (keyed) {
        if (this.s.charAt(this.i) !== '"' || !this.string()) return false;
        this.ws();
        if (this.s.charAt(this.i) !== ':') return false;
        this.i += 1;
      }
      if (!this.value(depth + 1)) return false;
      this.ws();
      const c = this.s.charAt(this.i);
      if (c === close) {
        this.i += 1;
        return true;
      }
      if (c !== ',') return false;
      this.i += 1;
    }
  }

  value(depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    this.ws();
    const c = this.s.charAt(this.i);
    if (c === '{') return this.members('}', depth, true);
    if (c === '[') return this.members(']', depth, false);
    if (c === '"') return this.string();
    if (c === 't') return this.literal('true');
    if (c === 'f') return this.literal('false');
    if (c === 'n') return this.literal('null');
    return this.number();
  }

  document(): boolean {
    if (!this.value(0)) return false;
    this.ws();
    return this.i >= this.s.length;
  }
}

/** Offset of the first character that makes `text` invalid JSON, or null if it is valid. */
export function jsonErrorOffset(text: string): number | null {
  const scanner = new Scanner(text);
  return scanner.document() ? null : Math.min(scanner.i, text.length);
}

/** V8's description without its position or its quotation of the input. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/,\s*(?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .trim();
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** "line 7, column 12: Expected ',' or '}' after property value" (line counted from `firstLine`). */
export function jsonErrorDetail(text: string, error: unknown, firstLine = 1): string {
  const offset = jsonErrorOffset(text);
  const what = describe(error);
  if (offset === null) return what;
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line + firstLine - 1}, column ${column}: ${what}`;
}
