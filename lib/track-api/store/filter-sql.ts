import { type ExpressionBuilder, type Expression, type SqlBool, sql } from "kysely";
import { STATUSES, TERMINAL_STATUSES, type SortField } from "@/lib/domain/enums";
import type { Filter } from "@/lib/filters/schema";
import type { FreeTextPlan, HeadCandidates } from "./free-text";
import type { Database } from "./schema";

type Eb = ExpressionBuilder<Database, "transactions">;

/** A participant id such as `0037:12345678` (matched by id; anything else is matched as a name). */
export const PARTICIPANT_ID = /^\d{4}:\S+$/;
const escapeLike = (text: string) => text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
/** Statuses that are not terminal: a transaction in one of them can become overdue. */
// NOTE: overdue is written as `status in (open)` rather than `not in (terminal)` so an index can answer it.
export const OPEN_STATUSES = STATUSES.filter((s) => !(TERMINAL_STATUSES as readonly string[]).includes(s));

/**
 * Free text is a substring of `search_text` (both sides lower-cased): LIKE decides. With a plan
 * (store/free-text.ts) the candidates come from the party sets and the trigram index over the
 * head; without one, or under three characters (no trigram), LIKE scans.
 */
function freeText(eb: Eb, q: string, plan?: FreeTextPlan) {
  const like = sql<SqlBool>`search_text like ${`%${escapeLike(q)}%`} escape '\\'`;
  if (!plan || plan.walk) return like;
  const head = (c: HeadCandidates): Expression<SqlBool> =>
    "match" in c
      ? sql<SqlBool>`rowid in (select rowid from transactions_search where transactions_search match ${c.match})`
      : c.rowids.length
        ? sql<SqlBool>`rowid in (${sql.join(c.rowids)})`
        : sql<SqlBool>`0`;
  const any: Expression<SqlBool>[] = [];
  if (plan.partyKeys.length) any.push(eb("party_key", "in", plan.partyKeys));
  if (plan.head) any.push(head(plan.head));
  for (const span of plan.spans) any.push(span.head ? eb.and([eb("party_key", "in", span.partyKeys), head(span.head)]) : eb("party_key", "in", span.partyKeys));
  if (any.length === 0) return sql<SqlBool>`0`;
  const and = [eb.or(any), like];
  if (plan.excludePartyKeys?.length) and.push(eb.or([eb("party_key", "is", null), eb("party_key", "not in", plan.excludePartyKeys)]));
  return eb.and(and);
}

function partyMatch(eb: Eb, idColumn: "sender_id" | "receiver_id" | "partner_id", nameColumn: "sender_name" | "receiver_name" | "partner_name", value: string) {
  // A participant id hits the index; a name is matched case-insensitively.
  return PARTICIPANT_ID.test(value) ? eb(idColumn, "=", value) : eb(eb.fn("lower", [nameColumn]), "=", value.toLowerCase());
}

/**
 * The WHERE clause for one tenant's search. Tenant scoping lives here, in the store layer: every
 * query over transactions is built through this function. `plan` is how to find the free text's
 * rows, when the caller made one (store/free-text.ts); `walk` asks for a plan that reads rows in the
 * order of `sortField`, for searches that match many rows.
 */
export function whereFilter(tenantId: string, filter: Filter, now: number, plan?: FreeTextPlan, walk = plan?.walk ?? false, sortField?: SortField) {
  return (eb: Eb): Expression<SqlBool> => {
    // NOTE: `+column` keeps SQLite from collecting a time range's rows through that column's index
    // when walking the sort order is cheaper (e.g. the newest update among the last day's receipts).
    const range = (column: "received_at" | "updated_at", op: ">=" | "<", value: string) =>
      walk && sortField && SORT_EXPRESSIONS[sortField] !== column
        ? sql<SqlBool>`+${sql.ref(column)} ${sql.raw(op)} ${Date.parse(value)}`
        : eb(column, op, Date.parse(value));
    const and: Expression<SqlBool>[] = [eb("tenant_id", "=", tenantId)];
    const f = filter;
    if (f.q) and.push(freeText(eb, f.q, plan));
    if (f.status) and.push(eb("status", "in", f.status));
    if (f.documentType) and.push(eb("document_type", "in", f.documentType));
    if (f.direction) and.push(eb("direction", "=", f.direction));
    if (f.inChannel) and.push(eb("in_channel", "in", f.inChannel));
    if (f.outChannel) and.push(eb("out_channel", "in", f.outChannel));
    if (f.format) and.push(eb("format", "in", f.format));
    if (f.sender) and.push(partyMatch(eb, "sender_id", "sender_name", f.sender));
    if (f.receiver) and.push(partyMatch(eb, "receiver_id", "receiver_name", f.receiver));
    if (f.businessPartner) and.push(partyMatch(eb, "partner_id", "partner_name", f.businessPartner));
    if (f.serviceProfile) and.push(eb("service_profile", "in", f.serviceProfile));
    if (f.errorType) and.push(eb("error_type", "in", f.errorType));
    if (f.overdue === true) {
      // NOTE: `+column` keeps SQLite from collecting every overdue row through the open-SLA index
      // when the caller found walking the sort order cheaper (many overdue rows).
      if (walk) and.push(sql<SqlBool>`(+status in (${sql.join(OPEN_STATUSES)}) and +sla_due_at < ${now})`);
      else and.push(eb.and([eb("status", "in", OPEN_STATUSES), eb("sla_due_at", "<", now)]));
    } else if (f.overdue === false) {
      and.push(eb.or([eb("sla_due_at", "is", null), eb("sla_due_at", ">=", now), eb("status", "in", [...TERMINAL_STATUSES])]));
    }
    // Ranges are half-open [from, to), so adjacent chart buckets never count a row twice.
    if (f.receivedFrom) and.push(range("received_at", ">=", f.receivedFrom));
    if (f.receivedTo) and.push(range("received_at", "<", f.receivedTo));
    if (f.updatedFrom) and.push(range("updated_at", ">=", f.updatedFrom));
    if (f.updatedTo) and.push(range("updated_at", "<", f.updatedTo));
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
