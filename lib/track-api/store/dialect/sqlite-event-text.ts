import { sql, type SqlBool } from "kysely";
import type { Db } from "../connection";
import type { Unindexed } from "../filter-sql";
import { sqliteEventTextDense } from "./sqlite-free-text";
import { collectedKeys, LINE_LIMIT, linksToRead, MIN_INDEXED, type EventTextSearch } from "./types";

/** A word whose letters SQLite's lower() folds as JavaScript does. */
const PRINTABLE_ASCII = /^[ -~]+$/;

/**
 * Message text on SQLite (store/event-text.ts): the tenant's distinct event texts and their links
 * (migration 0013) collect a text's transactions; the events' FTS5 trigram index `event_texts`
 * (migration 0010), whose `body` is each event's message and error code lower-cased as JavaScript
 * does, answers the exact test, and a row's events its own.
 */
export function sqliteEventText(unindexed: Unindexed): EventTextSearch {
  return {
    collect,
    among: (_tenantId, _words, ids, walk) =>
      sql<SqlBool>`${walk ? unindexed("id", "text") : sql.ref("id")} in (select value from json_each(${JSON.stringify(ids)}))`,
    own: (tenantId, words) => sql<SqlBool>`exists (select 1 from events e where e.tenant_id = ${tenantId}
      and e.tx_seq = transactions.seq and ${sql.join(wordTests(words), sql` and `)})`,
    exact: (tenantId, words) => sql<SqlBool>`id in ${indexMatch(tenantId, words)}`,
  };
}

/**
 * The ids of the transactions with an event that has every word, or undefined when more than
 * `limit`: the tenant's distinct event texts with every word (one table under an FTS5 trigram
 * index, migration 0013), then the transactions of each, from one index. Whether there are too many
 * comes first from the events' index (sqliteEventTextDense: the rarest trigrams' share of the
 * events), so that a text of most transactions (such as "archived") reads no link.
 */
async function collect(db: Db, tenantId: string, words: string[], limit: number): Promise<string[] | undefined> {
  const indexed = words.filter((word) => [...word].length >= MIN_INDEXED);
  if (await sqliteEventTextDense(db, indexed)) return undefined;
  const lines = await sql<{ id: number }>`select id from event_lines
    where id in (select rowid from event_lines_text where ${sql.join(
      indexed.map((word) => ftsLike("line", word)),
      sql` and `,
    )})
    and tenant_id = ${tenantId} and ${sql.join(
      words.map((word) => sql<SqlBool>`instr(line, ${word}) > 0`),
      sql` and `,
    )} limit ${LINE_LIMIT + 1}`.execute(db);
  if (lines.rows.length > LINE_LIMIT) return undefined;
  if (lines.rows.length === 0) return [];
  const found = await sql<{ transaction_id: string }>`select transaction_id from transaction_lines
    where line_id in (select value from json_each(${JSON.stringify(lines.rows.map((row) => row.id))}))
    limit ${linksToRead(limit) + 1}`.execute(db);
  return collectedKeys(
    found.rows.map((row) => row.transaction_id),
    limit,
  );
}

/**
 * A word's LIKE on a column of an FTS5 trigram index: FTS5 uses the index only for a LIKE without
 * ESCAPE, so LIKE's wildcards in it become `_` (any one character); the caller tests the word exactly.
 */
const ftsLike = (column: string, word: string) =>
  sql<SqlBool>`${sql.ref(column)} like ${`%${word.replace(/[\\%_]/g, "_")}%`}`;

/**
 * Transactions with an event that has every word, from the index's `body like` alone, collected
 * once (`materialized`), not searched again for every transaction read.
 * NOTE: `replace(body, word, '') <> body` (the word occurs) keeps the match exact where ftsLike
 * made a wildcard of a character; short words are tested that way only, since a LIKE on them would
 * read the whole index.
 */
function indexMatch(tenantId: string, words: string[]) {
  const tests = words.flatMap((word) => {
    const occurs = sql<SqlBool>`replace(body, ${word}, '') <> body`;
    if ([...word].length < MIN_INDEXED) return [occurs];
    const like = ftsLike("body", word);
    return /[\\%_]/.test(word) ? [like, occurs] : [like];
  });
  const where = sql`tenant_id = ${tenantId} and ${sql.join(tests, sql` and `)}`;
  return sql<string>`(with matched as materialized (select transaction_id from event_texts where ${where}) select transaction_id from matched)`;
}

/** Each word's test on an event's text (`e`), lower-cased as JavaScript does. */
function wordTests(words: string[]) {
  const text = sql`(coalesce(e.message, '') || ' ' || coalesce(e.error_code, ''))`;
  const lowered = sql`js_lower(${text})`;
  // NOTE: SQLite's lower() folds only A–Z, and a call to JavaScript per event costs a third of the
  // query. For a printable ASCII word the two agree on an ASCII text (as many characters as bytes),
  // so only the others' texts are lowered in JavaScript (JavaScript lowers "İ" to "i̇" and "K" to
  // "k", making ASCII). The length test costs half of a `glob` for a non-ASCII character.
  return words.map((word) =>
    PRINTABLE_ASCII.test(word)
      ? sql<SqlBool>`(instr(lower(${text}), ${word}) > 0 or (length(${text}) <> octet_length(${text}) and instr(${lowered}, ${word}) > 0))`
      : sql<SqlBool>`instr(${lowered}, ${word}) > 0`,
  );
}
