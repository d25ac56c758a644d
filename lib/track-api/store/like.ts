import { sql, type Expression, type RawBuilder, type SqlBool } from "kysely";

/** A LIKE pattern matching every text that contains `text` (its %, _ and \ taken literally). */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * `column` contains `text`, as a LIKE with a backslash escape; both SQLite and PostgreSQL read it the
 * same way. Case: callers compare lower-cased texts (SQLite's LIKE ignores ASCII case, PostgreSQL's does not).
 */
export const contains = (column: Expression<unknown> | RawBuilder<unknown>, text: string) =>
  sql<SqlBool>`${column} like ${containsPattern(text)} escape '\\'`;
