// Accessibility check: axe-core over the current page; serious and critical violations fail the
// test, listed one per line with the rule, its help text and the offending elements.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { Result as Violation } from 'axe-core';

function describe(violation: Violation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    - ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ').trim() ?? ''}`)
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
  return `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
}

/** Runs axe on the page (or inside `include`); serious or critical violations fail the test softly, so a
 * walk through several screens reports all of them. */
export async function expectNoSeriousViolations(page: Page, testInfo: TestInfo, screen: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const others = results.violations.filter((violation) => !serious.includes(violation));
  if (others.length > 0) {
    await testInfo.attach(`axe-${screen}-minor.txt`, { body: others.map(describe).join('\n\n'), contentType: 'text/plain' });
  }
  expect.soft(serious.map(describe).join('\n\n'), `axe: serious or critical violations on the ${screen} screen`).toBe('');
}
