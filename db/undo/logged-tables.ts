// The tables whose rows an undoable change logs (see migration 100), with the words the analyst
// reads in a refusal. Anything read from a change step is checked against this list and the
// table's real columns before it names a table or a column in SQL.
import type { Db } from '../open-workspace.js';

export const LOGGED_TABLES: Record<string, string> = {
  document: 'document',
  tag: 'tag',
  annotation: 'highlight',
  annotation_tag: "highlight's tag",
  document_tag: "document's tag",
  rating: 'rating',
  claim_link: 'same-claim link',
  copy_fingerprint: 'copy fingerprint',
  copy_passage: 'copied passage',
};

/** What the analyst calls a row of a table (logged or a parent of one). */
export function nounOf(table: string): string {
  return Object.hasOwn(LOGGED_TABLES, table) ? (LOGGED_TABLES[table] as string) : table;
}

export interface ForeignKey {
  parent: string;
  from: string;
  to: string;
}

export interface TableShape {
  columns: ReadonlySet<string>;
  foreignKeys: ForeignKey[];
}

const shapes = new WeakMap<Db, Map<string, TableShape>>();

/** The real columns and foreign keys of a logged table; throws for any other name. */
export function shapeOf(db: Db, table: string): TableShape {
  if (!Object.hasOwn(LOGGED_TABLES, table)) throw new Error(`not a logged table: ${table}`);
  let known = shapes.get(db);
  if (!known) shapes.set(db, (known = new Map()));
  let shape = known.get(table);
  if (!shape) {
    const columns = new Set((db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name));
    const foreignKeys = (db.pragma(`foreign_key_list("${table}")`) as { table: string; from: string; to: string }[]).map((fk) => ({
      parent: fk.table,
      from: fk.from,
      to: fk.to,
    }));
    shape = { columns, foreignKeys };
    known.set(table, shape);
  }
  return shape;
}

/** The column names of a JSON image, each checked to be a column of the table. */
export function columnsOf(db: Db, table: string, image: string): string[] {
  const { columns } = shapeOf(db, table);
  const names = Object.keys(JSON.parse(image) as Record<string, unknown>);
  for (const name of names) if (!columns.has(name)) throw new Error(`${table} has no column ${name}`);
  return names;
}
