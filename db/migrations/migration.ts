// The shape of one numbered schema migration. Never edit a shipped one: add the next number.
export interface Migration {
  /** Becomes PRAGMA user_version once applied; strictly increasing. */
  version: number;
  name: string;
  sql: string;
}
