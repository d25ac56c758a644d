import { type RawBuilder, sql } from "kysely";
import type { Db } from "./db";

/** Rows a probe reads into a trigram's list to estimate how common it is. */
const PROBE_DEPTH = 200;
/** Trigrams probed at most (spread over the query); the rest add little. */
const MAX_PROBES = 12;
/** Trigrams the index intersects; beyond the rarest few, each one costs more than it removes. */
const MAX_TERMS = 4;
/** Candidate rows read once and passed as a list (the count and the page then need no second lookup). */
const MAX_LISTED = 1_000;

/**
 * How a free-text search (three characters or more) finds its rows. search_text is the head (id
 * and document number) + " " + the parties (sender, receiver, partner ids and names), so a match
 * lies in the parties (every row of those party sets), in the head (found by the trigram index), or
 * across the space between them. Every candidate is still tested with LIKE on search_text, so the
 * answer is exactly the substring match it always was.
 */
export interface FreeTextPlan {
  /** Party sets whose text contains the query: all of their rows match. */
  partyKeys: number[];
  /** Rows whose head may match: a trigram query over the head (its rarest trigrams), or its rows when few; null when none can. */
  head: HeadCandidates | null;
  /** Matches across the boundary: rows of these party sets (whose head has these trigrams, when not null). */
  spans: { partyKeys: number[]; head: HeadCandidates | null }[];
  /** Only rows outside these party sets (to count what the rollup of `partyKeys` did not). */
  excludePartyKeys?: number[];
  /** Walk the sort order testing each row (many matches) instead of collecting candidates (few). */
  walk?: boolean;
}

/** Candidate rows from the head index: the query, or the rowids it found when there are few. */
export type HeadCandidates = { match: string } | { rowids: number[] };

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
const codePoints = (text: string) => [...text].length;

/** The distinct trigrams of a text (by code point, as the trigram tokenizer splits it). */
export function trigrams(text: string): string[] {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(""));
  return [...out];
}

/**
 * The trigram query for a text in the head index. A phrase of the whole text would be exact but reads
 * the lists of all its trigrams, and common ones ("-20" of every document number) list nearly every
 * row; so each trigram's frequency is estimated from how far into the rowids its 200th entry lies,
 * and only the rarest four are intersected (LIKE makes the result exact).
 * NOTE: the estimate assumes a trigram's rows are spread over the rowids; one clustered in time (the
 * "6-5" of document numbers 500000–599999) looks rarer than it is, so a fourth term is kept as margin.
 */
async function headCandidates(db: Db, text: string): Promise<HeadCandidates | null> {
  const all = trigrams(text);
  if (all.length === 0) return null;
  const step = Math.max(1, all.length / MAX_PROBES);
  const probed = Array.from({ length: Math.min(all.length, MAX_PROBES) }, (_, i) => all[Math.floor(i * step)]);
  if (!probed.includes(all.at(-1)!)) probed.push(all.at(-1)!);
  const estimates: { t: string; density: number }[] = [];
  for (const t of probed) {
    const row = await sql<{
      rowid: number;
    }>`select rowid from transactions_search where transactions_search match ${quote(t)} limit 1 offset ${PROBE_DEPTH}`.execute(
      db,
    );
    // Fewer than PROBE_DEPTH rows: rare, whatever the table's size.
    estimates.push({ t, density: row.rows[0] ? PROBE_DEPTH / Number(row.rows[0].rowid) : 0 });
  }
  estimates.sort((a, b) => a.density - b.density);
  const match = estimates
    .slice(0, MAX_TERMS)
    .map((e) => quote(e.t))
    .join(" AND ");
  const found = await sql<{
    rowid: number;
  }>`select rowid from transactions_search where transactions_search match ${match} limit ${MAX_LISTED + 1}`.execute(
    db,
  );
  return found.rows.length > MAX_LISTED ? { match } : { rowids: found.rows.map((r) => Number(r.rowid)) };
}

/** The plan for a free-text query, or undefined when there is none (no query, or under three characters: a LIKE scan). */
export async function planFreeText(db: Db, tenantId: string, q: string | undefined): Promise<FreeTextPlan | undefined> {
  if (!q) return undefined;
  const text = q.toLowerCase();
  if (codePoints(text) < 3) return undefined;
  const partySets = (where: RawBuilder<boolean>) =>
    sql<{ id: number }>`select id from party_sets where tenant_id = ${tenantId} and ${where}`
      .execute(db)
      .then((r) => r.rows.map((row) => Number(row.id)));
  const plan: FreeTextPlan = {
    partyKeys: await partySets(sql<boolean>`instr(text, ${text}) > 0`),
    head: await headCandidates(db, text),
    spans: [],
  };
  // A match across the boundary is "<end of the head> <start of the parties>": split at each space.
  for (let k = text.indexOf(" "); k >= 0; k = text.indexOf(" ", k + 1)) {
    const start = text.slice(k + 1);
    const partyKeys = await partySets(sql<boolean>`text != '' and substr(text, 1, ${codePoints(start)}) = ${start}`);
    if (partyKeys.length === 0) continue;
    const end = text.slice(0, k);
    plan.spans.push({ partyKeys, head: codePoints(end) >= 3 ? await headCandidates(db, end) : null });
  }
  return plan;
}

/** Whether a page of a search with `total` matches is cheaper found by walking the sort order. */
export function shouldWalk(total: number, tenantTotal: number, pageSize: number): boolean {
  // Collecting candidates costs a row read per match; walking reads tenantTotal / total rows per
  // match on the page, each cheaper (no sort), until the page is full.
  return total > 0 && ((pageSize + 1) * tenantTotal) / total / 2 < total;
}
