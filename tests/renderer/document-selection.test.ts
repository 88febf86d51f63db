// The document browser's selection rules: a click picks one, Ctrl/Cmd-click and Space toggle,
// Shift extends from the anchor (replacing, or adding with Ctrl/Cmd), removal forgets.
import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, extendTo, selectAll, selectOnly, toggle, without } from '../../renderer/features/documents/selection.js';

describe('document selection', () => {
  it('picks one on a click and remembers where a range starts', () => {
    expect(selectOnly(7, 3)).toEqual({ ids: new Set([7]), anchor: 3 });
  });

  it('toggles one in and out, keeping the others', () => {
    const one = toggle(EMPTY_SELECTION, 7, 3);
    const two = toggle(one, 9, 5);
    expect([...two.ids]).toEqual([7, 9]);
    expect(two.anchor).toBe(5);
    expect([...toggle(two, 7, 3).ids]).toEqual([9]);
  });

  it('extends to a range, replacing the selection or adding to it', () => {
    const start = toggle(selectOnly(1, 0), 50, 40);
    expect([...extendTo(start, [4, 5, 6], false).ids]).toEqual([4, 5, 6]);
    expect([...extendTo(start, [4, 5, 6], true).ids].sort((a, b) => a - b)).toEqual([1, 4, 5, 6, 50]);
    expect(extendTo(start, [4], false).anchor).toBe(40);
  });

  it('selects all that match and forgets removed documents', () => {
    const all = selectAll([1, 2, 3]);
    expect(all.ids.size).toBe(3);
    expect([...without(all, [2]).ids]).toEqual([1, 3]);
  });
});
