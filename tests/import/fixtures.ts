// Where the import fixtures live, and a shorthand to read and parse one of them.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ParsedDocument } from '../../db/import/parsed-document.js';
import { readAndParse } from '../../db/import/read-and-parse.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** Parses a fixture that must import; returns its documents. */
export async function importFixture(name: string): Promise<ParsedDocument[]> {
  const outcome = await readAndParse(fixture(name));
  if (!outcome.ok) expect.fail(`${name} failed: ${outcome.reason}`);
  return outcome.documents;
}

/** Parses a fixture that must fail; returns the reason. */
export async function failFixture(name: string): Promise<string> {
  const outcome = await readAndParse(fixture(name));
  if (outcome.ok) expect.fail(`${name} should have failed`);
  return outcome.reason;
}

export async function onlyDocument(name: string): Promise<ParsedDocument> {
  const documents = await importFixture(name);
  expect(documents).toHaveLength(1);
  const [document] = documents;
  if (!document) return expect.fail('no document');
  return document;
}
