import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import { messageWords } from "@/lib/filters/message-words";
import type { Database } from "./schema";

/** Words this short have no trigram: the index cannot find them, so they only narrow what it found. */
const MIN_INDEXED = 3;

/**
 * Transactions with an event whose text (message and error code, lower-cased: `event_texts.body`,
 * migration 0010) contains every word. `event_texts` is an FTS5 trigram table on SQLite and a view
 * over an expression GIN trigram index on PostgreSQL; both answer `body like '%…%'` from the index,
 * so the SQL is the same on both.
 * NOTE: FTS5 uses the index only for a LIKE without ESCAPE, so LIKE's wildcards in a word become
 * `_` (any one character) and `replace(body, word, '') <> body` (the word occurs) keeps the match
 * exact; short words are tested that way only, since a LIKE on them would read the whole index.
 * The matches are collected once (`materialized`): PostgreSQL, misjudging how many there are, would
 * otherwise search the events again for every transaction it reads.
 */
export function eventTextMatch(
  eb: ExpressionBuilder<Database, "transactions">,
  tenantId: string,
  text: string,
): Expression<SqlBool> {
  const words = messageWords(text);
  const tests = words.flatMap((word) => {
    const occurs = sql<SqlBool>`replace(body, ${word}, '') <> body`;
    if ([...word].length < MIN_INDEXED) return [occurs];
    const like = sql<SqlBool>`body like ${`%${word.replace(/[\\%_]/g, "_")}%`}`;
    return /[\\%_]/.test(word) ? [like, occurs] : [like];
  });
  return eb(
    "id",
    "in",
    sql<string>`(with matched as materialized (select transaction_id from event_texts where tenant_id = ${tenantId} and ${sql.join(tests, sql` and `)}) select transaction_id from matched)`,
  );
}
