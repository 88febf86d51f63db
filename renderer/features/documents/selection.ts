// Which documents the analyst has picked in the browser, by id (so a selection survives sorting
// and paging), with the row a shift-click or Shift+arrow extends from. Pure: the rules are tested
// without a page.

export interface Selection {
  ids: ReadonlySet<number>;
  /** The row index a range starts from: the last row clicked or toggled. */
  anchor: number | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

/** A plain click: only this one. */
export function selectOnly(id: number, index: number): Selection {
  return { ids: new Set([id]), anchor: index };
}

/** Ctrl/Cmd-click or Space: this one in or out, the others kept. */
export function toggle(selection: Selection, id: number, index: number): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: index };
}

/** Shift-click or Shift+arrow: the rows from the anchor to here (`rangeIds`), added to the rest when `keep`. */
export function extendTo(selection: Selection, rangeIds: readonly number[], keep: boolean): Selection {
  const ids = new Set(keep ? selection.ids : []);
  for (const id of rangeIds) ids.add(id);
  return { ids, anchor: selection.anchor };
}

export function selectAll(ids: readonly number[]): Selection {
  return { ids: new Set(ids), anchor: null };
}

/** After documents were removed: they are no longer selected. */
export function without(selection: Selection, removed: readonly number[]): Selection {
  const ids = new Set(selection.ids);
  for (const id of removed) ids.delete(id);
  return { ids, anchor: null };
}
