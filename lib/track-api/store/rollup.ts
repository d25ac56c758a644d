import { sql, type SqlBool } from "kysely";
import { HISTOGRAM_EDGES_MS } from "@/lib/domain/stats";
import { DAY_MS, HOUR_MS } from "@/lib/domain/time-buckets";
import type { Db } from "./connection";
import type { StoreDialect } from "./dialect/types";
import { FILTER_COLUMNS, ROLLUP_COLUMNS } from "./filter-columns";
import { floorTo } from "./ranges";

export { HISTOGRAM_EDGES_MS };
import type { RollupComboRow, RollupDimRow, TransactionRow } from "./schema";

/** Bumped whenever what the rollups hold changes; the store then rebuilds them (store/derived-tables.ts). */
export const ROLLUP_VERSION = 5;

/** Seven days, counted from the epoch (weeks start on Thursdays, 00:00 UTC): only ever a rollup period. */
export const WEEK_MS = 7 * DAY_MS;
/** rollup_dims' periods, longest first: a UTC day for the whole days of long ranges, an hour for the rest. */
export const DIM_SPANS = [DAY_MS, HOUR_MS] as const;
/**
 * rollup_combos' periods, longest first: weeks as well, because a count over several enumerated
 * columns sums every combination present in each period (≈ 300 a day at a million transactions).
 */
export const COMBO_SPANS = [WEEK_MS, DAY_MS, HOUR_MS] as const;

/**
 * Finer delivery-time buckets (about 10 % wide, including every histogram edge), so a percentile is
 * found in the rollup first and then read exactly from the rows of one bucket.
 */
export const DURATION_EDGES_MS: readonly number[] = (() => {
  const edges = new Set<number>(HISTOGRAM_EDGES_MS);
  for (let e = 250; e < 30 * DAY_MS; e *= 1.1) edges.add(Math.round(e));
  return [...edges].sort((a, b) => a - b);
})();

/** The bucket of a delivery time: bucket i holds (EDGES[i-1], EDGES[i]], the last one everything above. */
export function durationBucket(ms: number): number {
  let lo = 0;
  let hi = DURATION_EDGES_MS.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (DURATION_EDGES_MS[mid] < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The (exclusive, inclusive] bounds of a duration bucket; null for an open end. */
export function durationBounds(bucket: number): { above: number | null; upTo: number | null } {
  return {
    above: bucket > 0 ? DURATION_EDGES_MS[bucket - 1] : null,
    upTo: bucket < DURATION_EDGES_MS.length ? DURATION_EDGES_MS[bucket] : null,
  };
}

/** The rollup dimensions and the column each one counts. */
export const DIM_COLUMNS = {
  status: FILTER_COLUMNS.status,
  ...ROLLUP_COLUMNS,
  partner: "partner_id",
  /** The party part of the search text (store/free-text.ts). */
  parties: "party_key",
} as const;
export type RollupDim = keyof typeof DIM_COLUMNS | "duration";
const DIMS = Object.keys(DIM_COLUMNS) as (keyof typeof DIM_COLUMNS)[];

/** The transaction columns the rollups are computed from. */
export const ROLLUP_SOURCE_COLUMNS = [
  "tenant_id",
  "status",
  "document_type",
  "direction",
  "in_channel",
  "out_channel",
  "format",
  "error_type",
  "business_status",
  "partner_id",
  "partner_name",
  "party_key",
  "received_at",
  "delivered_at",
] as const;
export type RollupSource = Pick<TransactionRow, (typeof ROLLUP_SOURCE_COLUMNS)[number]>;

const SEP = "\u0001";

/** The key columns of each rollup table (its primary key); `n` is the count. */
export const DIM_KEY = ["tenant_id", "span", "dim", "start", "value", "label", "status"] as const;
/** rollup_combos' enumerated columns besides status, in key order. */
const COMBO_VALUE_COLUMNS = Object.values(ROLLUP_COLUMNS);
export const COMBO_KEY = ["tenant_id", "span", "start", "status", ...COMBO_VALUE_COLUMNS] as const;
const text = (value: string | number | null) => (value === null ? "" : String(value));

/**
 * Net changes to the rollups from a set of transaction rows going away (-1) and arriving (+1).
 * Applying the delta of every old and new row keeps the rollups equal to a GROUP BY over the rows.
 * Each rollup row is kept under a string of its key, built once per row and period; the row itself
 * is made on its first change only, so applying needs no parsing.
 */
export class RollupDelta {
  readonly dims = new Map<string, RollupDimRow>();
  readonly combos = new Map<string, RollupComboRow>();

  add(row: RollupSource, sign: 1 | -1): void {
    const received = Number(row.received_at);
    const { tenant_id, status } = row;
    const combo = [status, ...COMBO_VALUE_COLUMNS.map((column) => text(row[column]))];
    const comboKey = combo.join(SEP);
    const duration = row.delivered_at === null ? null : String(durationBucket(Number(row.delivered_at) - received));
    for (const span of DIM_SPANS) {
      const start = floorTo(received, span);
      const head = `${tenant_id}${SEP}${span}${SEP}${start}${SEP}${status}${SEP}`;
      for (const dim of DIMS) {
        const value = text(row[DIM_COLUMNS[dim]]);
        const label = dim === "partner" ? text(row.partner_name) : "";
        this.bumpDim(
          `${head}${dim}${SEP}${value}${SEP}${label}`,
          sign,
          tenant_id,
          span,
          dim,
          start,
          value,
          label,
          status,
        );
      }
      if (duration !== null)
        this.bumpDim(
          `${head}duration${SEP}${duration}${SEP}`,
          sign,
          tenant_id,
          span,
          "duration",
          start,
          duration,
          "",
          status,
        );
    }
    for (const span of COMBO_SPANS) {
      const start = floorTo(received, span);
      const key = `${tenant_id}${SEP}${span}${SEP}${start}${SEP}${comboKey}`;
      const hit = this.combos.get(key);
      if (hit) hit.n += sign;
      else {
        const values = Object.fromEntries(COMBO_VALUE_COLUMNS.map((column, i) => [column, combo[i + 1]]));
        this.combos.set(key, {
          tenant_id,
          span,
          start,
          status,
          ...(values as Omit<RollupComboRow, "tenant_id" | "span" | "start" | "status" | "n">),
          n: sign,
        });
      }
    }
  }

  private bumpDim(
    key: string,
    sign: number,
    tenant_id: string,
    span: number,
    dim: string,
    start: number,
    value: string,
    label: string,
    status: string,
  ) {
    const hit = this.dims.get(key);
    if (hit) hit.n += sign;
    else this.dims.set(key, { tenant_id, span, dim, start, value, label, status, n: sign });
  }

  /**
   * The changed rows of each table (rows whose changes cancel out are left out); `inKeyOrder` sorts
   * them by key, for writers that run at the same time and must lock rows in one order.
   */
  changes(inKeyOrder = false): { dims: RollupDimRow[]; combos: RollupComboRow[] } {
    const rows = <R extends { n: number }>(map: Map<string, R>) => {
      const changed = [...map].filter(([, row]) => row.n !== 0);
      if (inKeyOrder) changed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return changed.map(([, row]) => row);
    };
    return { dims: rows(this.dims), combos: rows(this.combos) };
  }
}

/** Recomputes both rollup tables from the transactions (inside the caller's transaction `trx`). */
export async function rebuildRollups(trx: Db, dialect: StoreDialect): Promise<void> {
  await trx.deleteFrom("rollup_dims").execute();
  await trx.deleteFrom("rollup_combos").execute();
  const delta = new RollupDelta();
  // Read in keyset chunks: portable, and no statement stays open while the next chunk is read.
  let after: { tenant_id: string; id: string } | null = null;
  for (;;) {
    let query = trx
      .selectFrom("transactions")
      .select([...ROLLUP_SOURCE_COLUMNS, "id"])
      .orderBy("tenant_id")
      .orderBy("id")
      .limit(10_000);
    if (after) query = query.where(sql<SqlBool>`(tenant_id, id) > (${after.tenant_id}, ${after.id})`);
    const rows = await query.execute();
    for (const row of rows) delta.add(row, 1);
    if (rows.length < 10_000) break;
    after = rows.at(-1)!;
  }
  await dialect.applyRollups(trx, delta);
}
