import { sql, type SqlBool } from "kysely";
import type { Db } from "../connection";
import type { Unindexed } from "../filter-sql";
import { sqliteEventTextDense } from "./sqlite-free-text";
import { collectedKeys, LINE_LIMIT, linksToRead, MIN_INDEXED, type EventTextSearch } from "./types";

/** A word whose letters SQLite's lower() folds as JavaScript does. */
const PRINTABLE_ASCII = /^[ -~]+$/;

/**
 * The most distinct texts a text of too many transactions to collect is tested by, on each row's
 * links (`own`); a text on more lines is tested on the row's events. Reading this many lines from
 * the index takes a millisecond or two.
 */
const OWN_LINE_LIMIT = 1_000;

/**
 * Message text on SQLite (store/event-text.ts): the tenant's distinct event texts and their links
 * (migrations 0013 and 0014) collect a text's transactions, and test a row of a text of too many
 * transactions when the text is on few lines; the events' FTS5 trigram index `event_texts`
 * (migration 0010), whose `body` is each event's message and error code lower-cased as JavaScript
 * does, answers the exact test, and a row's events its own test otherwise.
 */
export function sqliteEventText(unindexed: Unindexed): EventTextSearch {
  return {
    collect: async (db, tenantId, words, limit) => {
      const rowids = await collect(db, tenantId, words, limit);
      // Read by rowid, in rowid order: one b-tree descent per transaction.
      const among = (walk: boolean) =>
        sql<SqlBool>`${walk ? unindexed("transactions.rowid", "number") : sql.ref("transactions.rowid")} in (select value from json_each(${JSON.stringify(rowids)}))`;
      return rowids && { keys: rowids, among };
    },
    own: (db, tenantId, words) => sqliteOwnTest(db, tenantId, words),
    exact: (tenantId, words) => sql<SqlBool>`id in ${indexMatch(tenantId, words)}`,
  };
}

/**
 * The rowids of the transactions with an event that has every word, in order, or undefined when
 * more than `limit`: the tenant's distinct event texts with every word (one table under an FTS5
 * trigram index, migration 0013), then the transactions of each, from one index (migration 0014).
 * Whether there are too many comes first from the events' index (sqliteEventTextDense: the rarest
 * trigrams' share of the events), so that a text of most transactions (such as "archived") reads no
 * link.
 */
async function collect(db: Db, tenantId: string, words: string[], limit: number): Promise<number[] | undefined> {
  if (await sqliteEventTextDense(db, indexedWords(words))) return undefined;
  const lines = await matchingLines(db, tenantId, words, LINE_LIMIT);
  if (!lines) return undefined;
  if (lines.length === 0) return [];
  // NOTE: one JSON array, not a row per link: 1.4 ms instead of 6.9 for the 9,676 links of
  // `unknown_recipient` at a million.
  const found = await sql<{ links: string }>`select json_group_array(tx_rowid) as links from (select tx_rowid
    from transaction_lines where line_id in (select value from json_each(${JSON.stringify(lines)}))
    limit ${linksToRead(limit) + 1})`.execute(db);
  return collectedKeys(JSON.parse(found.rows[0]!.links) as number[], limit)?.sort((a, b) => a - b);
}

const indexedWords = (words: string[]) => words.filter((word) => [...word].length >= MIN_INDEXED);

/**
 * The ids of the tenant's distinct event texts with every word (the index finds them by the words
 * of three characters or more), or undefined when more than `limit`.
 */
async function matchingLines(db: Db, tenantId: string, words: string[], limit: number) {
  const { rows } = await sql<{ id: number }>`select id from event_lines
    where id in (select rowid from event_lines_text where ${sql.join(
      indexedWords(words).map((word) => ftsLike("line", word)),
      sql` and `,
    )})
    and tenant_id = ${tenantId} and ${sql.join(
      words.map((word) => sql<SqlBool>`instr(line, ${word}) > 0`),
      sql` and `,
    )} limit ${limit + 1}`.execute(db);
  return rows.length > limit ? undefined : rows.map((row) => row.id);
}

/**
 * A row's test of a text of too many transactions to collect: whether it links to one of the text's
 * lines, when they are at most `lineLimit` (one seek of the row's few links, 20 ms less than its
 * events' for the newest 10,000 rows of "archived" at a million), or else whether one of its events
 * has every word.
 */
export async function sqliteOwnTest(db: Db, tenantId: string, words: string[], lineLimit = OWN_LINE_LIMIT) {
  const lines = await matchingLines(db, tenantId, words, lineLimit);
  // NOTE: `+line_id` reads the row's links and looks each up among the lines, instead of seeking
  // each line among the row's links.
  if (lines)
    return sql<SqlBool>`exists (select 1 from transaction_lines l where l.tx_rowid = transactions.rowid
      and +l.line_id in (select value from json_each(${JSON.stringify(lines)})))`;
  return sql<SqlBool>`exists (select 1 from events e where e.tenant_id = ${tenantId}
    and e.tx_seq = transactions.seq and ${sql.join(wordTests(words), sql` and `)})`;
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
