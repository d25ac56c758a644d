import { sql, type SqlBool } from "kysely";
import type { Db } from "../connection";
import type { HeadCandidates } from "./types";

/** Rows a probe reads into a trigram's list to estimate how common it is. */
const PROBE_DEPTH = 200;
/** Trigrams probed at most (spread over the query); the rest add little. */
const MAX_PROBES = 12;
/** Trigrams the index intersects; beyond the rarest few, each one costs more than it removes. */
const MAX_TERMS = 4;
/** Candidate rows read once and passed as a list (the count and the page then need no second lookup). */
const MAX_LISTED = 1_000;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The distinct trigrams of a text (by code point, as the trigram tokenizer splits it). */
export function trigrams(text: string): string[] {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(""));
  return [...out];
}

/**
 * An FTS5 query of the rarest of `all` trigrams in a trigram index (`table`), at most `terms` of
 * them, and the rarest one's density (entries per rowid): each trigram's frequency is estimated from
 * how far into the rowids its PROBE_DEPTH-th entry lies.
 */
export async function rarestTrigrams(
  db: Db,
  table: "transactions_search" | "event_texts",
  all: string[],
  terms: number,
  depth = PROBE_DEPTH,
): Promise<{ match: string; density: number }> {
  const step = Math.max(1, all.length / MAX_PROBES);
  const probed = Array.from({ length: Math.min(all.length, MAX_PROBES) }, (_, i) => all[Math.floor(i * step)]);
  if (!probed.includes(all.at(-1)!)) probed.push(all.at(-1)!);
  const estimates: { t: string; density: number }[] = [];
  for (const t of probed) {
    // From the first entry, not from rowid 1: the oldest rows go as they expire.
    const row = await sql<{ first: number; last: number; n: number }>`select min(rowid) as first,
      max(rowid) as last, count(*) as n from (select rowid from ${sql.table(table)}
      where ${sql.table(table)} match ${quote(t)} limit ${depth + 1})`.execute(db);
    const { first, last, n } = row.rows[0]!;
    // Fewer than `depth` rows: rare, whatever the table's size.
    estimates.push({ t, density: Number(n) > depth ? depth / (Number(last) - Number(first)) : 0 });
  }
  estimates.sort((a, b) => a.density - b.density);
  const match = estimates
    .slice(0, terms)
    .map((e) => quote(e.t))
    .join(" AND ");
  return { match, density: estimates[0]!.density };
}

/**
 * The FTS5 trigram query for a text in the head index (migration 0002). A phrase of the whole text
 * would be exact but reads the lists of all its trigrams, and common ones ("-20" of every document
 * number) list nearly every row; so each trigram's frequency is estimated from how far into the
 * rowids its 200th entry lies after its first, and only the rarest four are intersected (LIKE makes
 * the result exact).
 * NOTE: the estimate assumes a trigram's rows are spread over the rowids; one clustered in time (the
 * "6-5" of document numbers 500000–599999) looks rarer than it is, so a fourth term is kept as margin.
 */
export async function sqliteHeadCandidates(db: Db, text: string): Promise<HeadCandidates | null> {
  const all = trigrams(text);
  if (all.length === 0) return null;
  const { match } = await rarestTrigrams(db, "transactions_search", all, MAX_TERMS);
  const found = await sql<{
    rowid: number;
  }>`select rowid from transactions_search where transactions_search match ${match} limit ${MAX_LISTED + 1}`.execute(
    db,
  );
  if (found.rows.length > MAX_LISTED)
    return {
      where: sql<SqlBool>`rowid in (select rowid from transactions_search where transactions_search match ${match})`,
      none: false,
    };
  // Few: the rows themselves, so the count and the page need no second lookup.
  const rowids = found.rows.map((r) => Number(r.rowid));
  return {
    where: rowids.length ? sql<SqlBool>`rowid in (${sql.join(rowids)})` : sql<SqlBool>`false`,
    none: rowids.length === 0,
  };
}

/** Entries an event text probe reads: its index lists several events per transaction, so a common trigram's probe costs more. */
const EVENT_TEXT_PROBE_DEPTH = 50;

/**
 * Above this density (one event in 50) even the rarest trigram lists too many events to collect their
 * transactions: each row read tests its own events instead (store/event-text.ts).
 */
const DENSE = 0.02;

/** Whether even the rarest trigrams of a message text's words list too many events to collect (DENSE). */
export async function sqliteEventTextDense(db: Db, words: string[]): Promise<boolean> {
  const { density } = await rarestTrigrams(
    db,
    "event_texts",
    [...new Set(words.flatMap(trigrams))],
    1,
    EVENT_TEXT_PROBE_DEPTH,
  );
  return density > DENSE;
}
