import { type ExpressionBuilder, type Expression, type SqlBool, sql } from "kysely";
import { STATUSES, TERMINAL_STATUSES, type SortField } from "@/lib/domain/enums";
import type { ExcludableKey, FilterKey } from "@/lib/filters/fields";
import type { Filter } from "@/lib/filters/schema";
import { eventTextMatch, plannedEventText, type EventTextPlan } from "./event-text";
import { FILTER_COLUMNS, type ColumnKey } from "./filter-columns";
import type { FreeTextPlan } from "./free-text";
import { contains } from "./like";
import type { Database } from "./schema";

type Eb = ExpressionBuilder<Database, "transactions">;

/** A participant id such as `0037:12345678` (matched by id; anything else is matched as a name). */
export const PARTICIPANT_ID = /^\d{4}:\S+$/;
/** Statuses that are not terminal: a transaction in one of them can become overdue. */
// NOTE: overdue is written as `status in (open)` rather than `not in (terminal)` so an index can answer it.
export const OPEN_STATUSES = STATUSES.filter((s) => !(TERMINAL_STATUSES as readonly string[]).includes(s));

/**
 * Free text is a substring of `search_text` (both sides lower-cased): LIKE decides. With a plan
 * (store/free-text.ts) the rows of the party sets whose text contains it match as they are, and the
 * candidates of the trigram index over the head and of the spans across the boundary are tested
 * with LIKE; without one, or under three characters (no trigram), LIKE scans.
 */
function freeText(eb: Eb, q: string, plan?: FreeTextPlan) {
  const like = contains(sql.ref("search_text"), q.toLowerCase());
  if (!plan || plan.walk) return like;
  const candidates: Expression<SqlBool>[] = [];
  if (plan.head) candidates.push(plan.head.where);
  for (const span of plan.spans)
    candidates.push(
      span.head
        ? eb.and([eb("party_key", "in", span.partyKeys), span.head.where])
        : eb("party_key", "in", span.partyKeys),
    );
  // NOTE: a party set's text is the end of its rows' search_text (party-sets.ts partiesText), so
  // its rows need no LIKE: 6 ms of 22 for the newest 10,000 rows of a partner's name at a million.
  const any: Expression<SqlBool>[] = [];
  if (plan.partyKeys.length) any.push(eb("party_key", "in", plan.partyKeys));
  if (candidates.length) any.push(eb.and([eb.or(candidates), like]));
  if (any.length === 0) return sql<SqlBool>`false`;
  const and = [eb.or(any)];
  if (plan.excludePartyKeys?.length)
    and.push(eb.or([eb("party_key", "is", null), eb("party_key", "not in", plan.excludePartyKeys)]));
  return eb.and(and);
}

function partyMatch(
  eb: Eb,
  idColumn: "sender_id" | "receiver_id" | "partner_id",
  nameColumn: "sender_name" | "receiver_name" | "partner_name",
  value: string,
) {
  // A participant id hits the index; a name is matched case-insensitively.
  return PARTICIPANT_ID.test(value)
    ? eb(idColumn, "=", value)
    : eb(eb.fn("lower", [nameColumn]), "=", value.toLowerCase());
}

/** A column as the backend writes it when no index should answer it (StoreDialect.unindexed). */
export type Unindexed = (column: string, type: "number" | "text") => Expression<unknown>;

/** How to read rows in the order of `sortField` instead of collecting them by another index. */
export interface WalkHints {
  unindexed: Unindexed;
  sortField?: SortField;
}

/** What a clause may need besides its value. */
interface ClauseContext {
  tenantId: string;
  now: number;
  plan?: FreeTextPlan;
  /** How the filter's message text is found (store/event-text.ts), if it was planned. */
  eventText?: EventTextPlan;
  walk: WalkHints | undefined;
  /** A bound on a time column, written so the planner can walk the sort order instead (see whereFilter). */
  range: (column: "received_at" | "updated_at", op: ">=" | "<", value: string) => Expression<SqlBool>;
}
type Clause<K extends FilterKey> = (
  eb: Eb,
  value: NonNullable<Filter[K]>,
  context: ClauseContext,
) => Expression<SqlBool>;

const anyOf = (key: ColumnKey) => (eb: Eb, values: readonly string[]) => eb(FILTER_COLUMNS[key], "in", values);

/** An exclusion (`filter.not`): none of the values; a row without a value for the column is kept. */
function noneOf(eb: Eb, key: ExcludableKey, values: readonly string[]) {
  const column = FILTER_COLUMNS[key];
  return eb.or([eb(column, "is", null), eb(column, "not in", values)]);
}

function overdue(eb: Eb, value: boolean, { now, walk }: ClauseContext): Expression<SqlBool> {
  if (!value)
    return eb.or([
      eb("sla_due_at", "is", null),
      eb("sla_due_at", ">=", now),
      eb("status", "in", [...TERMINAL_STATUSES]),
    ]);
  // NOTE: the unindexed forms keep the planner from collecting every overdue row through the open-SLA
  // index when the caller found walking the sort order cheaper (many overdue rows).
  if (walk)
    return sql<SqlBool>`(${walk.unindexed("status", "text")} in (${sql.join(OPEN_STATUSES)}) and ${walk.unindexed("sla_due_at", "number")} < ${now})`;
  return eb.and([eb("status", "in", OPEN_STATUSES), eb("sla_due_at", "<", now)]);
}

/**
 * The SQL of every filter key (lib/filters/fields.ts), in the order the WHERE clause lists them: a
 * key without a clause does not compile, so a new filter cannot be silently ignored by the store.
 * Ranges are half-open [from, to), so adjacent chart buckets never count a row twice.
 */
const CLAUSES: { [K in FilterKey]-?: Clause<K> } = {
  q: (eb, q, { plan }) => freeText(eb, q, plan),
  status: anyOf("status"),
  documentType: anyOf("documentType"),
  direction: (eb, direction) => eb(FILTER_COLUMNS.direction, "=", direction),
  inChannel: anyOf("inChannel"),
  outChannel: anyOf("outChannel"),
  format: anyOf("format"),
  sender: (eb, sender) => partyMatch(eb, "sender_id", "sender_name", sender),
  receiver: (eb, receiver) => partyMatch(eb, "receiver_id", "receiver_name", receiver),
  businessPartner: (eb, partner) => partyMatch(eb, "partner_id", "partner_name", partner),
  serviceProfile: anyOf("serviceProfile"),
  errorType: anyOf("errorType"),
  businessStatus: anyOf("businessStatus"),
  overdue,
  receivedFrom: (_eb, from, { range }) => range("received_at", ">=", from),
  receivedTo: (_eb, to, { range }) => range("received_at", "<", to),
  updatedFrom: (_eb, from, { range }) => range("updated_at", ">=", from),
  updatedTo: (_eb, to, { range }) => range("updated_at", "<", to),
  // Inclusive: a stats answer's asOf is the snapshot of the last batch it counted (store/stats.ts).
  asOf: (eb, at) => eb("ingested_at", "<=", Date.parse(at)),
  text: (_eb, _text, { eventText, walk }) => eventTextMatch(eventText, walk !== undefined),
};
const CLAUSE_KEYS = Object.keys(CLAUSES) as FilterKey[];

/**
 * The WHERE clause for one tenant's search. Tenant scoping lives here, in the store layer: every
 * query over transactions is built through this function. `plan` is how to find the free text's
 * rows, when the caller made one (store/free-text.ts); `walk`, when given, asks for a plan that reads
 * rows in the order of `walk.sortField`, for searches that match many rows.
 */
export function whereFilter(tenantId: string, filter: Filter, now: number, plan?: FreeTextPlan, walk?: WalkHints) {
  return (eb: Eb): Expression<SqlBool> => {
    // NOTE: the unindexed form keeps the planner from collecting a time range's rows through that
    // column's index when walking the sort order is cheaper (e.g. the newest update among the last day's receipts).
    const range: ClauseContext["range"] = (column, op, value) =>
      walk?.sortField && SORT_EXPRESSIONS[walk.sortField] !== column
        ? sql<SqlBool>`${walk.unindexed(column, "number")} ${sql.raw(op)} ${Date.parse(value)}`
        : eb(column, op, Date.parse(value));
    const context: ClauseContext = { tenantId, now, plan, eventText: plannedEventText(filter), walk, range };
    const and: Expression<SqlBool>[] = [eb("tenant_id", "=", tenantId)];
    for (const key of CLAUSE_KEYS) {
      const value = filter[key];
      if (value !== undefined) and.push((CLAUSES[key] as Clause<FilterKey>)(eb, value as never, context));
    }
    for (const [key, values] of Object.entries(filter.not ?? {}) as [ExcludableKey, string[] | undefined][])
      if (values?.length) and.push(noneOf(eb, key, values));
    return eb.and(and);
  };
}

/** The SQL expression each sort field orders by (matching the store's indexes). */
export const SORT_EXPRESSIONS: Record<SortField, string> = {
  receivedAt: "received_at",
  updatedAt: "updated_at",
  status: "status",
  documentNumber: "coalesce(document_number, '')",
  amount: "coalesce(amount, -1e15)",
};

/**
 * The leading sort key of the sort fields that order within a group (store migration 0008's index):
 * amounts are only comparable within one currency, so they sort by currency, then amount.
 */
export const SORT_GROUPS: Partial<Record<SortField, string>> = {
  amount: "coalesce(currency, '')",
};
