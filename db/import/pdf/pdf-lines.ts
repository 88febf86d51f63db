// Rebuilds the text lines of one PDF page from the positioned runs pdfjs reports, in the order
// the page draws them (which is reading order for what office tools, LaTeX and browsers write).
// Coordinates are turned so the page's main text runs left to right and y grows downwards.

/** One run of text as pdfjs reports it: its string, text matrix and advance width. */
export interface PdfRun {
  str: string;
  /** [a, b, c, d, e, f] in the page's user space. */
  transform: readonly number[];
  width: number;
}

export interface PdfLine {
  text: string;
  /** Left end, right end and baseline, in points, y growing down the page. */
  x: number;
  right: number;
  y: number;
  /** Font size in points (the size most of its characters are set in). */
  size: number;
}

export interface PageLines {
  /** The page's extent in the same frame as its lines. */
  top: number;
  bottom: number;
  lines: PdfLine[];
  /** Characters left out because they were set at an angle to the main text (watermarks, margin stamps). */
  skipped: number;
}

interface Placed {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

type Matrix = readonly number[];

function multiply(m: Matrix, n: Matrix): number[] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [p = 1, q = 0, r = 0, s = 1, t = 0, u = 0] = n;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

/** The quarter turn (0–3) a run's baseline points in, or -1 when it is set at some other angle. */
function quarterTurn(device: Matrix): number {
  const [a = 1, b = 0] = device;
  const degrees = (Math.atan2(b, a) * 180) / Math.PI;
  const turn = Math.round(degrees / 90);
  return Math.abs(degrees - turn * 90) <= 3 ? (turn + 4) % 4 : -1;
}

/** Rotates a device point so a run of the given quarter turn reads left to right. */
function unturn(turn: number, x: number, y: number): [number, number] {
  switch (turn) {
    case 1:
      return [y, -x];
    case 2:
      return [-x, -y];
    case 3:
      return [-y, x];
    default:
      return [x, y];
  }
}

/**
 * Places the runs of a page: `viewport` is pdfjs's scale-1 viewport transform (which applies the
 * page's /Rotate and flips y). Runs turned against the page's main direction are counted, not kept.
 */
export function placeRuns(runs: readonly PdfRun[], viewport: Matrix): { placed: Placed[]; turn: number; skipped: number } {
  const turns = runs.map((run) => quarterTurn(multiply(viewport, run.transform)));
  const weight = [0, 0, 0, 0];
  runs.forEach((run, i) => {
    const turn = turns[i] ?? -1;
    if (turn >= 0) weight[turn] = (weight[turn] ?? 0) + run.str.length;
  });
  const main = weight.indexOf(Math.max(...weight));
  const placed: Placed[] = [];
  let skipped = 0;
  runs.forEach((run, i) => {
    if (run.str === '') return;
    if (turns[i] !== main) {
      skipped += run.str.trim().length;
      return;
    }
    const device = multiply(viewport, run.transform);
    const [x, y] = unturn(main, device[4] ?? 0, device[5] ?? 0);
    placed.push({ text: run.str, x, y, width: run.width, size: Math.hypot(device[2] ?? 0, device[3] ?? 0) || Math.hypot(device[0] ?? 0, device[1] ?? 0) });
  });
  return { placed, turn: main, skipped };
}

/** The top and bottom of a `width` × `height` viewport, in the frame turned by `turn`. */
function pageExtent(turn: number, width: number, height: number): { top: number; bottom: number } {
  const corners = [unturn(turn, 0, 0), unturn(turn, width, height)];
  const ys = corners.map(([, y]) => y);
  return { top: Math.min(...ys), bottom: Math.max(...ys) };
}

interface Building {
  parts: string[];
  x: number;
  right: number;
  y: number;
  sizes: Map<number, number>;
  last: Placed;
}

function startLine(run: Placed): Building {
  return { parts: [run.text], x: run.x, right: run.x + run.width, y: run.y, sizes: new Map([[round(run.size), run.text.length]]), last: run };
}

function round(size: number): number {
  return Math.round(size * 2) / 2;
}

function finish(line: Building): PdfLine | null {
  // A soft hyphen inside a line is invisible and would split the word for search; one at the end is a break.
  const text = line.parts
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\u00AD(?!$)/g, '');
  if (!text) return null;
  let size = 0;
  let most = -1;
  for (const [candidate, chars] of line.sizes) {
    if (chars > most) [size, most] = [candidate, chars];
  }
  return { text, x: line.x, right: line.right, y: line.y, size };
}

/** Whether a run continues the line: near the same baseline, not jumping back to the left. */
function continues(line: Building, run: Placed): boolean {
  const size = Math.max(line.last.size, run.size, 1);
  // Superscripts and subscripts sit up to about half a size off the baseline.
  if (Math.abs(run.y - line.y) > size * 0.5) return false;
  return run.x >= line.right - size * 1.5;
}

/**
 * Lines of a page from its runs, in drawing order; words split across runs are kept whole.
 * `width` and `height` are the viewport's (after /Rotate).
 */
export function linesOfPage(runs: readonly PdfRun[], viewport: Matrix, width: number, height: number): PageLines {
  const { placed, turn, skipped } = placeRuns(runs, viewport);
  const lines: PdfLine[] = [];
  let current: Building | null = null;
  for (const run of placed) {
    const last = current?.last;
    // Tools that fake bold draw each run twice, a hair apart.
    if (last && run.text === last.text && Math.abs(run.x - last.x) < run.size * 0.2 && Math.abs(run.y - last.y) < run.size * 0.2) continue;
    if (current && continues(current, run)) {
      const gap = run.x - current.right;
      const joined = current.parts[current.parts.length - 1] ?? '';
      if (gap > Math.max(run.size, 1) * 0.15 && !/\s$/.test(joined) && !/^\s/.test(run.text)) current.parts.push(' ');
      current.parts.push(run.text);
      current.right = Math.max(current.right, run.x + run.width);
      current.sizes.set(round(run.size), (current.sizes.get(round(run.size)) ?? 0) + run.text.length);
      current.last = run;
      continue;
    }
    if (current) {
      const line = finish(current);
      if (line) lines.push(line);
    }
    current = startLine(run);
  }
  if (current) {
    const line = finish(current);
    if (line) lines.push(line);
  }
  return { ...pageExtent(turn, width, height), lines, skipped };
}
