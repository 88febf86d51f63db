// The document-format fixtures (tests/fixtures/formats/, made with LibreOffice and pandoc; see the
// README beside each) and shorthands to parse one and to look at its blocks.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ParsedDocument } from '../../db/import/parsed-document.js';
import { readAndParse } from '../../db/import/read-and-parse.js';

export const FORMATS = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

export function formatFixture(path: string): string {
  return join(FORMATS, path);
}

/** Reads a fixture through the real entry point; it must give exactly one document. */
export async function formatDocument(path: string): Promise<ParsedDocument> {
  const outcome = await readAndParse(formatFixture(path));
  if (!outcome.ok) return expect.fail(`${path} failed: ${outcome.reason}`);
  expect(outcome.documents).toHaveLength(1);
  return outcome.documents[0] as ParsedDocument;
}

/** Reads a fixture that must fail; returns the reason. */
export async function formatFailure(path: string): Promise<string> {
  const outcome = await readAndParse(formatFixture(path));
  if (outcome.ok) return expect.fail(`${path} should have failed`);
  return outcome.reason;
}

/** Each block as [kind, level, its text in the body]: what a reader would render. */
export function blockView(document: ParsedDocument): [string, number | undefined, string][] {
  return document.blocks.map((block) => [block.kind, block.level, document.body.slice(block.start, block.end)]);
}

/** The blocks must tile the body: in order, inside it, apart only by one or two line breaks. */
export function expectBlocksTileBody(document: ParsedDocument): void {
  let end = 0;
  for (const [i, block] of document.blocks.entries()) {
    expect(document.body.slice(end, block.start)).toMatch(i === 0 ? /^$/ : /^\n\n?$/);
    end = block.end;
  }
  expect(end).toBe(document.body.length);
}

/** The field report every office fixture is made from (office-source/field-report.fodt), as blocks. */
export function fieldReportBlocks(ferryLine: string): [string, number | undefined, string][] {
  return [
    ['heading', 1, 'Field report: the Kresny Most crossing'],
    ['paragraph', undefined, 'The crossing closed at 06:00 on 12 March and has stayed shut since. This report sums up what observers saw on the Dravian side.'],
    ['heading', 2, 'What observers saw'],
    ['paragraph', undefined, 'Three things stood out:'],
    ['list-item', 1, '• Lorries queued for 14 km on the E28.'],
    ['list-item', 1, '• Border guards turned back foot passengers.'],
    ['list-item', 2, '• Pensioners with residence permits were let through.'],
    ['list-item', 1, '• No military vehicles were seen.'],
    ['quote', undefined, '“We were told the crossing would reopen within a week,” a driver said.'],
    ['heading', 2, 'Queue lengths'],
    ['table-row', undefined, 'Day\tLorries'],
    ['table-row', undefined, '12 March\t310'],
    ['table-row', undefined, '13 March\t420'],
    ['paragraph', undefined, 'Пограничники закрыли переход Кресный Мост в шесть утра.\nОчередь грузовиков растянулась на четырнадцать километров.'],
    ['paragraph', undefined, 'Next steps:'],
    ['list-item', 1, '1. Ask the customs office for daily figures.'],
    ['list-item', 1, `2. ${ferryLine}`],
  ];
}
