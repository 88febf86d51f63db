// Runs electronegativity on the desktop code and fails on any finding that no comment beside
// the code justifies. electronegativity itself always exits 0, so its SARIF report is read here.
// A finding is justified by a comment on the flagged line or the line above it:
//     // electronegativity: OPEN_EXTERNAL_JS_CHECK — only allowlisted protocols reach here
// (any comment syntax: //, /* */, <!-- -->). A global finding without a source line (e.g.
// CSP_GLOBAL_CHECK "no CSP detected") is justified by such a comment in any scanned file.
// electronegativity reads one -i only (a second replaces the first), and its global checks need
// the whole app at once, so the folders are copied side by side into one temporary input.
//   node scripts/electronegativity-check.mjs [dir …]      (default: electron renderer)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion, root } from './electron-paths.mjs';

const requested = process.argv.slice(2);
const inputs = (requested.length > 0 ? requested : ['electron', 'renderer']).filter((dir) => existsSync(join(root, dir)));
if (inputs.length === 0) {
  console.error('electronegativity-check: nothing to scan');
  process.exit(1);
}

const SKIPPED = new Set(['node_modules', 'dist']);
const work = mkdtempSync(join(tmpdir(), 'assay-electronegativity-'));
const staging = join(work, 'app');
for (const dir of inputs) {
  cpSync(join(root, dir), join(staging, dir), { recursive: true, filter: (path) => !SKIPPED.has(basename(path)) && !basename(path).startsWith('.') });
}
const sarifFile = join(work, 'report.sarif');
const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const run = spawnSync(process.execPath, [cli, '-i', staging, '-e', electronVersion(), '-o', sarifFile], { cwd: root, encoding: 'utf8' });
if (!existsSync(sarifFile)) {
  console.error(`electronegativity did not write a report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));

const justification = (ruleId) => new RegExp(`electronegativity:\\s*${ruleId}\\s*(?:—|–|-{1,2}|:)\\s*\\S`);

const SOURCE = /\.(?:[cm]?[jt]sx?|html?)$/;
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) ? [path] : [];
  });
}
const scanned = inputs.flatMap((dir) => sourceFiles(join(root, dir)));
const lineCache = new Map();
const linesOf = (file) => {
  if (!lineCache.has(file)) lineCache.set(file, readFileSync(file, 'utf8').split(/\r?\n/));
  return lineCache.get(file);
};

function filePath(uri) {
  if (!uri || uri === 'N/A' || uri === 'file:///') return null;
  const path = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  const staged = relative(staging, isAbsolute(path) ? path : join(staging, path));
  const original = join(root, staged);
  return !staged.startsWith('..') && existsSync(original) && statSync(original).isFile() ? original : null;
}

function isJustified(ruleId, file, line) {
  const pattern = justification(ruleId);
  if (file === null) return scanned.some((source) => linesOf(source).some((text) => pattern.test(text)));
  const lines = linesOf(file);
  return [line - 1, line - 2].some((index) => index >= 0 && pattern.test(lines[index] ?? ''));
}

const unjustified = [];
let justified = 0;
for (const result of sarif.runs?.flatMap((entry) => entry.results ?? []) ?? []) {
  const locations = result.locations?.length ? result.locations : [{}];
  for (const location of locations) {
    const physical = location.physicalLocation ?? {};
    const file = filePath(physical.artifactLocation?.uri);
    const line = physical.region?.startLine ?? 0;
    if (isJustified(result.ruleId, file, line)) {
      justified += 1;
      continue;
    }
    const where = file === null ? '(global)' : `${relative(root, file)}:${line}`;
    unjustified.push(`${where} ${result.ruleId} ${result.message?.text ?? ''}`.trim());
  }
}

rmSync(work, { recursive: true, force: true });
for (const finding of unjustified) console.log(finding);
console.log(`electronegativity on ${inputs.join(', ')}: ${unjustified.length} unjustified, ${justified} justified by a comment`);
process.exit(unjustified.length > 0 ? 1 : 0);
