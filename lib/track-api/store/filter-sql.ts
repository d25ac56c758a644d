import { type ExpressionBuilder, type Expression, type SqlBool, sql } from "kysely";
import { TERMINAL_STATUSES, type SortField } from "@/lib/domain/enums";
import type { Filter } from "@/lib/filters/schema";
import type { Database } from "./schema";

type Eb = ExpressionBuilder<Database, "transactions">;

const PARTICIPANT_ID = /^\d{4}:\S+$/;
const escapeLike = (text: string) => text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);

function partyMatch(eb: Eb, idColumn: "sender_id" | "receiver_id" | "partner_id", nameColumn: "sender_name" | "receiver_name" | "partner_name", value: string) {
  // A participant id hits the index; a name is matched case-insensitively.
  return PARTICIPANT_ID.test(value) ? eb(idColumn, "=", value) : eb(eb.fn("lower", [nameColumn]), "=", value.toLowerCase());
}

/**
 * The WHERE clause for one tenant's search. Tenant scoping lives here, in the store layer: every
 * query over transactions is built through this function.
 */
export function whereFilter(tenantId: string, filter: Filter, now: number) {
  return (eb: Eb): Expression<SqlBool> => {
    const and: Expression<SqlBool>[] = [eb("tenant_id", "=", tenantId)];
    const f = filter;
    if (f.q) and.push(sql<SqlBool>`search_text like ${`%${escapeLike(f.q)}%`} escape '\\'`);
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
      and.push(eb.and([eb("sla_due_at", "<", now), eb("status", "not in", [...TERMINAL_STATUSES])]));
    } else if (f.overdue === false) {
      and.push(eb.or([eb("sla_due_at", "is", null), eb("sla_due_at", ">=", now), eb("status", "in", [...TERMINAL_STATUSES])]));
    }
    // Ranges are half-open [from, to), so adjacent chart buckets never count a row twice.
    if (f.receivedFrom) and.push(eb("received_at", ">=", Date.parse(f.receivedFrom)));
    if (f.receivedTo) and.push(eb("received_at", "<", Date.parse(f.receivedTo)));
    if (f.updatedFrom) and.push(eb("updated_at", ">=", Date.parse(f.updatedFrom)));
    if (f.updatedTo) and.push(eb("updated_at", "<", Date.parse(f.updatedTo)));
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
