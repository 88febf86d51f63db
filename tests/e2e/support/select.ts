// Picks a native <select> option by a pattern on its visible text, so tests do not depend on the
// exact wording ("B", "B — Usually reliable", "B · Usually reliable" …) of an option label.
import { expect, type Locator } from '@playwright/test';

export async function chooseOption(select: Locator, pattern: RegExp): Promise<string> {
  await expect(select).toBeVisible();
  const options = await select
    .locator('option')
    .evaluateAll((nodes) => nodes.map((node) => ({ value: (node as HTMLOptionElement).value, label: (node.textContent ?? '').trim() })));
  const option = options.find((candidate) => pattern.test(candidate.label));
  if (!option) throw new Error(`no option matching ${pattern} in ${JSON.stringify(options.map((candidate) => candidate.label))}`);
  await select.selectOption({ value: option.value });
  return option.label;
}
