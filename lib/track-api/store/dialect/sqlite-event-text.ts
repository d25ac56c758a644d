import { sql, type SqlBool } from "kysely";
import type { Unindexed } from "../filter-sql";
import { sqliteEventTextTerms } from "./sqlite-free-text";
import { MIN_INDEXED, type EventTextSearch } from "./types";

/** A word whose letters SQLite's lower() folds as JavaScript does. */
const PRINTABLE_ASCII = /^[ -~]+$/;

/**
 * Message text on SQLite (store/event-text.ts): the events' FTS5 trigram index `event_texts`
 * (migration 0010), whose `body` is each event's message and error code lower-cased as JavaScript does.
 */
export function sqliteEventText(unindexed: Unindexed): EventTextSearch {
  return {
    terms: (db, tenantId, words) => sqliteEventTextTerms(db, tenantId, words),
    // NOTE: the index finds events, several of them in one transaction.
    matching: (tenantId, words, match) =>
      sql`(select distinct transaction_id from ${match ? plannedMatch(tenantId, words, match) : indexMatch(tenantId, words)} as e)`,
    among: (_tenantId, _words, ids, walk) =>
      sql<SqlBool>`${walk ? unindexed("id", "text") : sql.ref("id")} in (select value from json_each(${JSON.stringify(ids)}))`,
    own: (tenantId, words) => sql<SqlBool>`exists (select 1 from events e where e.tenant_id = ${tenantId}
      and e.tx_seq = transactions.seq and ${sql.join(wordTests(words), sql` and `)})`,
    exact: (tenantId, words) => sql<SqlBool>`id in ${indexMatch(tenantId, words, true)}`,
  };
}

/**
 * Transactions with an event that has every word, from the index's `body like` alone.
 * NOTE: FTS5 uses the index only for a LIKE without ESCAPE, so LIKE's wildcards in a word become
 * `_` (any one character) and `replace(body, word, '') <> body` (the word occurs) keeps the match
 * exact; short words are tested that way only, since a LIKE on them would read the whole index.
 * `materialized`: the matches collected once, not searched again for every transaction read.
 */
function indexMatch(tenantId: string, words: string[], materialized = false) {
  const tests = words.flatMap((word) => {
    const occurs = sql<SqlBool>`replace(body, ${word}, '') <> body`;
    if ([...word].length < MIN_INDEXED) return [occurs];
    const like = sql<SqlBool>`body like ${`%${word.replace(/[\\%_]/g, "_")}%`}`;
    return /[\\%_]/.test(word) ? [like, occurs] : [like];
  });
  const where = sql`tenant_id = ${tenantId} and ${sql.join(tests, sql` and `)}`;
  return materialized
    ? sql<string>`(with matched as materialized (select transaction_id from event_texts where ${where}) select transaction_id from matched)`
    : sql<string>`(select transaction_id from event_texts where ${where})`;
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

/**
 * Transactions with an event that has every word, from an index query of a few of their trigrams
 * (`planned`): its events are read by rowid and each word is tested on their text, so the answer is
 * the same as indexMatch's.
 */
function plannedMatch(tenantId: string, words: string[], planned: string) {
  return sql<string>`(with matched as materialized (select e.transaction_id from events e
    where e.rowid in (select rowid from event_texts where event_texts match ${planned})
    and e.tenant_id = ${tenantId} and ${sql.join(wordTests(words), sql` and `)}) select transaction_id from matched)`;
}
