import { sql } from "kysely";
import { now as clockNow } from "@/lib/clock";
import type { FacetsResult } from "@/lib/domain/facets";
import { fieldOf, type ExcludableKey } from "@/lib/filters/fields";
import { FACET_KEYS, type FacetKey, type FacetsRequest } from "@/lib/filters/facets-schema";
import type { Filter } from "@/lib/filters/schema";
import { dialectOf } from "./connection";
import type { Db } from "./db";
import { FILTER_COLUMNS, ROLLUP_COLUMNS } from "./filter-columns";
import { namesOnly } from "./filter-keys";
import { plannedEventText, readingEveryMatch } from "./event-text";
import { whereFilter } from "./filter-sql";
import { planFreeText } from "./free-text";
import { splitRange } from "./ranges";
import { COMBO_SPANS, DIM_SPANS } from "./rollup";

/**
 * The most rows a count that the rollups cannot answer reads (the newest of the filter's matches):
 * enough for a menu's proportions, and bounded however wide the filter. Each row is read from the
 * table, after a walk of the filter's index that often reads several times as many: the newest
 * 10,000 of a partner's name took twice as long as 5,000 at a million (22.7 against 11.8 ms p50 on
 * SQLite), 40–55 ms p95 on a slower machine, at the budget of 50.
 */
export const FACET_SCAN_LIMIT = 5_000;

/**
 * A message text's collected matches are all read, unsorted and counted exactly, up to this many
 * times the limit: they are found by their keys, with no walk and no sort.
 */
const COLLECTED_READ_FACTOR = 2;

/** The enumerated columns rollup_combos counts, by filter key (status and the rollup columns); rollup_dims counts each of them by status too. */
const COMBO_COLUMNS = { status: FILTER_COLUMNS.status, ...ROLLUP_COLUMNS } as const;
type ComboKey = keyof typeof COMBO_COLUMNS;
const isCombo = (key: string): key is ComboKey => Object.hasOwn(COMBO_COLUMNS, key);
/** Filter keys a rollup_combos sum answers exactly: the combos' columns and the received range. */
const COMBO_FILTER_KEYS = new Set<string>([...Object.keys(COMBO_COLUMNS), "receivedFrom", "receivedTo"]);

/** Filter keys a rollup_dims sum answers exactly: status (rollup_dims counts each dimension by status) and the received range. */
const DIM_FILTER_KEYS = new Set<string>(["status", "receivedFrom", "receivedTo"]);

/** One group of rows: the value of each counted column ("" for none), and how many rows. */
type Group = Record<string, string> & { n: number };

/** The filter without one field's own clause: its values and its exclusions. */
export function withoutField(filter: Filter, key: ExcludableKey): Filter {
  const { [key]: _own, not, ...rest } = filter;
  const { [key]: _ownNot, ...otherNot } = not ?? {};
  return Object.keys(otherNot).length ? { ...rest, not: otherNot } : rest;
}

/** The filter without the clauses of several fields (the ones tallied in memory). */
const withoutFields = (filter: Filter, keys: readonly ExcludableKey[]) =>
  keys.reduce((f, key) => withoutField(f, key), filter);

/** Whether a rollup_combos sum answers the filter (its keys, exclusions included, are combos' columns). */
const comboCovered = (filter: Filter) => namesOnly(filter, COMBO_FILTER_KEYS, isCombo);

/** Whether a rollup_dims sum answers the filter: it names nothing but status and the received range. */
const dimCovered = (filter: Filter) => namesOnly(filter, DIM_FILTER_KEYS, (key) => key === "status");

/** Whether a group passes a field's clause: its values, then its exclusions (a group without a value is kept). */
function passes(value: string, filter: Filter, key: ExcludableKey): boolean {
  const wanted = filter[key] as readonly string[] | undefined;
  if (wanted && !wanted.includes(value)) return false;
  const excluded = filter.not?.[key] as readonly string[] | undefined;
  return !(excluded && value !== "" && excluded.includes(value));
}

/**
 * Adds each group to the counts of every field whose other tallied clauses it passes (the clauses
 * of `tallied`, the fields left out of the query; the query applied the rest of the filter).
 */
function tally(counts: Map<FacetKey, Map<string, number>>, groups: Group[], filter: Filter, tallied: FacetKey[]) {
  for (const group of groups)
    for (const [key, byValue] of counts) {
      if (group[key] === "" || !tallied.every((other) => other === key || passes(group[other], filter, other)))
        continue;
      byValue.set(group[key], (byValue.get(group[key]) ?? 0) + group.n);
    }
}

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
const toGroups = (rows: Record<string, unknown>[], keys: readonly string[], column: (key: string) => string) =>
  rows.map((row) => {
    const group = { n: Number(row.n) } as Group;
    for (const key of keys) group[key] = text(row[column(key)]);
    return group;
  });
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Facets from rollup_dims (status and the combos' columns), when the filter without each field's
 * clause is at most status and the received range (the common case: a menu of a view filtered by
 * range and status, or by nothing): one row per dimension, value and status for each whole day and
 * hour, then the partial hours' rows.
 */
async function dimFacets(db: Db, tenantId: string, filter: Filter, keys: ComboKey[], now: number) {
  const counts = new Map(keys.map((key) => [key as FacetKey, new Map<string, number>()]));
  // The status clause counts for every field but status itself.
  const add = (key: ComboKey, value: string, status: string, n: number) => {
    if (value === "" || (key !== "status" && !passes(status, filter, "status"))) return;
    const byValue = counts.get(key as FacetKey)!;
    byValue.set(value, (byValue.get(value) ?? 0) + n);
  };
  const from = filter.receivedFrom ? Date.parse(filter.receivedFrom) : null;
  const to = filter.receivedTo ? Date.parse(filter.receivedTo) : null;
  const parts = splitRange(from, to, DIM_SPANS);
  for (const [span, [lo, hi]] of parts.rollups) {
    let query = db
      .selectFrom("rollup_dims")
      .select(["dim", "value", "status", (eb) => eb.fn.sum<number>("n").as("n")])
      .where("tenant_id", "=", tenantId)
      .where("span", "=", span)
      .where("dim", "in", keys);
    if (lo !== null) query = query.where("start", ">=", lo);
    if (hi !== null) query = query.where("start", "<", hi);
    for (const row of await query.groupBy(["dim", "value", "status"]).execute())
      add(row.dim as ComboKey, row.value, row.status, Number(row.n));
  }
  const columns: string[] = [...new Set([FILTER_COLUMNS.status, ...keys.map((key) => FILTER_COLUMNS[key])])];
  for (const [a, b] of parts.raw) {
    const rows = await db
      .selectFrom("transactions")
      .select([...(columns as never[]), (eb) => eb.fn.countAll<number>().as("n")])
      .where(whereFilter(tenantId, { receivedFrom: iso(a), receivedTo: iso(b) }, now))
      .groupBy(columns as never[])
      .execute();
    for (const row of rows as Record<string, unknown>[])
      for (const key of keys) add(key, text(row[FILTER_COLUMNS[key]]), String(row.status), Number(row.n));
  }
  return counts;
}

/**
 * Facets from rollup_combos: the groups of whole weeks, days and hours of the received range, plus
 * the rows of the partial hours at its ends, each grouped by every combos column; `keys` tallied in memory.
 */
async function comboFacets(db: Db, tenantId: string, filter: Filter, keys: FacetKey[], now: number) {
  const counts = new Map(keys.map((key) => [key, new Map<string, number>()]));
  const base = withoutFields(filter, keys);
  const from = filter.receivedFrom ? Date.parse(filter.receivedFrom) : null;
  const to = filter.receivedTo ? Date.parse(filter.receivedTo) : null;
  const parts = splitRange(from, to, COMBO_SPANS);
  const comboKeys = Object.keys(COMBO_COLUMNS) as ComboKey[];
  const columns = Object.values(COMBO_COLUMNS);
  for (const [span, [lo, hi]] of parts.rollups) {
    let query = db
      .selectFrom("rollup_combos")
      .select([...columns, (eb) => eb.fn.sum<number>("n").as("n")])
      .where("tenant_id", "=", tenantId)
      .where("span", "=", span)
      .where("n", ">", 0);
    if (lo !== null) query = query.where("start", ">=", lo);
    if (hi !== null) query = query.where("start", "<", hi);
    // The clauses of the fields not counted here narrow the groups in SQL already.
    for (const key of comboKeys) {
      const value = base[key];
      if (value !== undefined) query = query.where(COMBO_COLUMNS[key], "in", Array.isArray(value) ? value : [value]);
      const excluded = (base.not as Partial<Record<ComboKey, string[]>> | undefined)?.[key];
      if (excluded?.length)
        query = query.where((eb) =>
          eb.or([eb(COMBO_COLUMNS[key], "=", ""), eb(COMBO_COLUMNS[key], "not in", excluded)]),
        );
    }
    const rows = await query.groupBy(columns).execute();
    tally(
      counts,
      toGroups(rows, comboKeys, (key) => COMBO_COLUMNS[key as ComboKey]),
      filter,
      keys,
    );
  }
  for (const [a, b] of parts.raw) {
    const rows = await db
      .selectFrom("transactions")
      .select([...columns, (eb) => eb.fn.countAll<number>().as("n")])
      .where(whereFilter(tenantId, { ...base, receivedFrom: iso(a), receivedTo: iso(b) }, now))
      .groupBy(columns)
      .execute();
    tally(
      counts,
      toGroups(rows, comboKeys, (key) => COMBO_COLUMNS[key as ComboKey]),
      filter,
      keys,
    );
  }
  return counts;
}

/** A character no enumerated value holds: it joins a row's values of the counted fields into one group key. */
const KEY_SEPARATOR = "\u001f";

/**
 * Facets from the rows: the newest FACET_SCAN_LIMIT rows matching the filter without the clauses of
 * `keys` (or all of a collected message text's, up to COLLECTED_READ_FACTOR times as many), grouped
 * by those fields' values, then tallied in memory. Exact unless the limit was reached.
 * NOTE: where GROUP BY sorts (SQLite), grouped by one key of the values joined: one text per row
 * sorts in about 6 ms where seven columns took 15 (the newest 10,000 rows of a partner's name at a
 * million). PostgreSQL hashes the columns as they are; joining them cost it 4–5 ms there.
 */
async function scannedFacets(db: Db, tenantId: string, filter: Filter, keys: FacetKey[], now: number, limit: number) {
  const counts = new Map(keys.map((key) => [key, new Map<string, number>()]));
  const base = withoutFields(filter, keys);
  const columns = keys.map((key) => FILTER_COLUMNS[key]);
  const freeText = await planFreeText(db, tenantId, base.q);
  const matching = (filter: Filter) =>
    db
      .selectFrom("transactions")
      .select(columns)
      .where(whereFilter(tenantId, filter, now, freeText));
  // A message text's collected transactions, when not many more than the limit, are all read: unsorted.
  const collected = plannedEventText(base)?.count;
  const readsAll = collected !== undefined && collected <= COLLECTED_READ_FACTOR * limit;
  const newest = (
    readsAll ? matching(readingEveryMatch(base)) : matching(base).orderBy("received_at", "desc").limit(limit)
  ).as("newest");
  const dialect = dialectOf(db);
  const groups = await dialect.serialRead(db, async (db): Promise<Group[]> => {
    if (!dialect.groupsBySorting) {
      const rows = await db
        .selectFrom(newest)
        .select([...columns, (eb) => eb.fn.countAll<number>().as("n")])
        .groupBy(columns)
        .execute();
      return toGroups(rows as Record<string, unknown>[], keys, (key) => FILTER_COLUMNS[key as FacetKey]);
    }
    const joined = sql<string>`${sql.join(
      columns.map((column) => sql`coalesce(${sql.ref(column)}, '')`),
      sql` || ${KEY_SEPARATOR} || `,
    )}`;
    const rows = await db
      .selectFrom(newest)
      .select([joined.as("facet_key"), (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("facet_key")
      .execute();
    return rows.map((row) => {
      const values = row.facet_key.split(KEY_SEPARATOR);
      const group = { n: Number(row.n) } as Group;
      keys.forEach((key, i) => (group[key] = values[i]!));
      return group;
    });
  });
  tally(counts, groups, filter, keys);
  return { counts, exact: readsAll || groups.reduce((a, g) => a + g.n, 0) < limit };
}

/**
 * Facet counts for one tenant (issue #16): for each enumerated field, the count of each of its
 * values under the filter without that field's own clause, as a search engine's menus show them.
 * Fields whose remaining filter names only status and the received range are summed from
 * rollup_dims, those whose remaining filter names only rollup_combos columns from rollup_combos (both exact); the others are counted over at most `scanLimit` rows.
 */
export async function transactionFacets(
  db: Db,
  tenantId: string,
  request: FacetsRequest,
  now = clockNow(),
  scanLimit = FACET_SCAN_LIMIT,
): Promise<FacetsResult> {
  const { filter } = request;
  const keys = request.fields ? FACET_KEYS.filter((k) => request.fields!.includes(k)) : FACET_KEYS;
  const fromDims = keys.filter(
    (key): key is ComboKey & FacetKey => isCombo(key) && dimCovered(withoutField(filter, key)),
  );
  const fromCombos = keys.filter(
    (key) => !fromDims.includes(key as never) && isCombo(key) && comboCovered(withoutField(filter, key)),
  );
  const scanned = keys.filter((key) => !fromDims.includes(key as never) && !fromCombos.includes(key));
  const counts = new Map<FacetKey, Map<string, number>>();
  let exact = true;
  if (fromDims.length)
    for (const [key, byValue] of await dimFacets(db, tenantId, filter, fromDims, now)) counts.set(key, byValue);
  if (fromCombos.length)
    for (const [key, byValue] of await comboFacets(db, tenantId, filter, fromCombos, now)) counts.set(key, byValue);
  if (scanned.length) {
    const result = await scannedFacets(db, tenantId, filter, scanned, now, scanLimit);
    for (const [key, byValue] of result.counts) counts.set(key, byValue);
    exact = result.exact;
  }
  const facets = Object.fromEntries(
    keys.map((key) => [key, fieldOf(key).values.map((value) => ({ value, count: counts.get(key)?.get(value) ?? 0 }))]),
  );
  return { facets, exact, scanLimit };
}
