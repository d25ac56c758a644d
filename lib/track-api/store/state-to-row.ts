// Ingestion: a transaction's derived state (transaction-state.ts) as its stored row, and back.
import type { BusinessStatus, ErrorType, Status } from "@/lib/domain/enums";
import type { TransactionMetadata } from "@/lib/track-api/ingest/schema";
import type { DerivedState } from "./transaction-state";
import type { TransactionRow } from "./schema";

/** The row of transaction number `seq` in a derived state (party_key left null, for resolvePartyKeys to set). */
export function rowOfState(tenantId: string, id: string, seq: number, s: DerivedState): TransactionRow {
  const m = s.metadata;
  const searchText = [
    id,
    m.documentNumber,
    m.sender?.id,
    m.sender?.name,
    m.receiver?.id,
    m.receiver?.name,
    m.businessPartner?.id,
    m.businessPartner?.name,
  ]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
  const searchHead = [id, m.documentNumber].filter(Boolean).join(" ").toLowerCase();
  return {
    tenant_id: tenantId,
    id,
    document_type: m.documentType ?? null,
    document_number: m.documentNumber ?? null,
    direction: m.direction ?? null,
    in_channel: m.inChannel ?? null,
    out_channel: m.outChannel ?? null,
    format: m.format ?? null,
    sender_id: m.sender?.id ?? null,
    sender_name: m.sender?.name ?? null,
    receiver_id: m.receiver?.id ?? null,
    receiver_name: m.receiver?.name ?? null,
    partner_id: m.businessPartner?.id ?? null,
    partner_name: m.businessPartner?.name ?? null,
    service_profile: m.serviceProfile ?? null,
    amount: m.amount ?? null,
    currency: m.currency ?? null,
    status: s.status,
    status_reason: s.statusReason,
    error_type: s.errorType,
    business_status: s.businessStatus,
    received_at: s.receivedAt,
    updated_at: s.updatedAt,
    delivered_at: s.deliveredAt,
    sla_due_at: m.slaDueAt ? Date.parse(m.slaDueAt) : null,
    attachments: m.attachments ?? 0,
    reference: m.reference ?? null,
    search_text: searchText,
    search_head: searchHead,
    // Resolved against party_sets by resolvePartyKeys before the row is stored.
    party_key: null,
    seq,
  };
}

const party = (id: string | null, name: string | null) =>
  id === null && name === null ? undefined : ({ id, name } as TransactionMetadata["sender"]);
const optional = <T>(value: T | null) => value ?? undefined;

/**
 * The derived state a stored row was made from, as far as the row tells: rowOfState gives the row
 * back (but party_key). The metadata holds what the row's columns need, not its receivedAt.
 */
export function stateOfRow(row: TransactionRow): DerivedState {
  const metadata: Partial<TransactionMetadata> = {
    documentType: optional(row.document_type) as TransactionMetadata["documentType"] | undefined,
    documentNumber: optional(row.document_number),
    direction: optional(row.direction) as TransactionMetadata["direction"] | undefined,
    inChannel: optional(row.in_channel) as TransactionMetadata["inChannel"] | undefined,
    outChannel: optional(row.out_channel) as TransactionMetadata["outChannel"] | undefined,
    format: optional(row.format) as TransactionMetadata["format"] | undefined,
    sender: party(row.sender_id, row.sender_name),
    receiver: party(row.receiver_id, row.receiver_name),
    businessPartner: party(row.partner_id, row.partner_name),
    serviceProfile: optional(row.service_profile),
    amount: row.amount,
    currency: row.currency,
    slaDueAt: row.sla_due_at === null ? null : new Date(row.sla_due_at).toISOString(),
    attachments: row.attachments,
    reference: optional(row.reference),
  };
  return {
    status: row.status as Status,
    statusReason: row.status_reason,
    errorType: row.error_type as ErrorType | null,
    businessStatus: row.business_status as BusinessStatus | null,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    deliveredAt: row.delivered_at,
    metadata,
  };
}
