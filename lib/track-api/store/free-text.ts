import { type RawBuilder, type SqlBool, sql } from "kysely";
import { dialectOf, type Db } from "./connection";
import type { HeadCandidates } from "./dialect/types";
import { contains } from "./like";

/**
 * How a free-text search (three characters or more) finds its rows. search_text is the head (id
 * and document number) + " " + the parties (sender, receiver, partner ids and names), so a match
 * lies in the parties (every row of those party sets), in the head (found by the trigram index), or
 * across the space between them. The rows of a party set whose text contains the query match as they
 * are (their search_text ends with that text); every other candidate is tested with LIKE on
 * search_text, so the answer is exactly the substring match it always was.
 */
export interface FreeTextPlan {
  /** Party sets whose text contains the query: all of their rows match. */
  partyKeys: number[];
  /** Rows whose head may match (found by the backend's trigram index); null when none can. */
  head: HeadCandidates | null;
  /** Matches across the boundary: rows of these party sets (whose head has these trigrams, when not null). */
  spans: { partyKeys: number[]; head: HeadCandidates | null }[];
  /** Only rows outside these party sets (to count what the rollup of `partyKeys` did not). */
  excludePartyKeys?: number[];
  /** Walk the sort order testing each row (many matches) instead of collecting candidates (few). */
  walk?: boolean;
}

export type { HeadCandidates };

const codePoints = (text: string) => [...text].length;

/** The plan for a free-text query, or undefined when there is none (no query, or under three characters: a LIKE scan). */
export async function planFreeText(db: Db, tenantId: string, q: string | undefined): Promise<FreeTextPlan | undefined> {
  if (!q) return undefined;
  const text = q.toLowerCase();
  if (codePoints(text) < 3) return undefined;
  const dialect = dialectOf(db);
  const partySets = (where: RawBuilder<SqlBool>) =>
    sql<{ id: number }>`select id from party_sets where tenant_id = ${tenantId} and ${where}`
      .execute(db)
      .then((r) => r.rows.map((row) => Number(row.id)));
  const plan: FreeTextPlan = {
    partyKeys: await partySets(contains(sql.ref("text"), text)),
    head: await dialect.headCandidates(db, text),
    spans: [],
  };
  // A match across the boundary is "<end of the head> <start of the parties>": split at each space.
  for (let k = text.indexOf(" "); k >= 0; k = text.indexOf(" ", k + 1)) {
    const start = text.slice(k + 1);
    const partyKeys = await partySets(sql<SqlBool>`text != '' and substr(text, 1, ${codePoints(start)}) = ${start}`);
    if (partyKeys.length === 0) continue;
    const end = text.slice(0, k);
    plan.spans.push({ partyKeys, head: codePoints(end) >= 3 ? await dialect.headCandidates(db, end) : null });
  }
  return plan;
}

/**
 * Whether a page of a search with `total` matches is cheaper found by walking the sort order.
 * `rowCost` is what a walked row costs against a collected match: half by default (a row read, but
 * no sort); less when the walk tests each row on the sort index alone (collected message-text ids).
 */
export function shouldWalk(total: number, tenantTotal: number, pageSize: number, rowCost = 0.5): boolean {
  // Collecting candidates costs a row read per match; walking reads tenantTotal / total rows per
  // match on the page until the page is full.
  return total > 0 && ((pageSize + 1) * tenantTotal * rowCost) / total < total;
}
