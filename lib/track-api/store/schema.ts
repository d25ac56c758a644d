import type { Generated } from "kysely";

/** Row types of the embedded store. Times are integer milliseconds since the epoch (UTC). */
export interface TenantRow {
  id: string;
  name: string;
  created_at: number;
}

export interface UserRow {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  password_hash: string;
  /** Space-separated roles, as in the token's scope style. */
  roles: string;
  locked: Generated<number>;
  created_at: number;
}

export interface ClientRow {
  id: string;
  name: string;
  secret_hash: string;
  created_at: number;
}

export interface SigningKeyRow {
  kid: string;
  alg: string;
  private_jwk: string;
  public_jwk: string;
  created_at: number;
}

export interface RefreshTokenRow {
  token_hash: string;
  family_id: string;
  user_id: string;
  client_id: string;
  scope: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  revoked_at: number | null;
}

export interface TransactionRow {
  tenant_id: string;
  id: string;
  document_type: string | null;
  document_number: string | null;
  direction: string | null;
  in_channel: string | null;
  out_channel: string | null;
  format: string | null;
  sender_id: string | null;
  sender_name: string | null;
  receiver_id: string | null;
  receiver_name: string | null;
  partner_id: string | null;
  partner_name: string | null;
  service_profile: string | null;
  amount: number | null;
  currency: string | null;
  status: string;
  status_reason: string | null;
  error_type: string | null;
  business_status: string | null;
  received_at: number;
  updated_at: number;
  delivered_at: number | null;
  sla_due_at: number | null;
  attachments: number;
  /** The document number this document answers or follows (metadata `reference`; migration 0009). */
  reference: string | null;
  /** Lower-cased document number, id, partner ids and names: what free-text search matches. */
  search_text: string;
  /** The first part of search_text: lower-cased id and document number (trigram-indexed). */
  search_head: string;
  /** The rest of search_text (the party ids and names), as a key of party_sets. */
  party_key: number | null;
  /** The transaction's number in its tenant, given in order of first arrival; its events are stored under it. */
  seq: number;
  /**
   * When the transaction was first stored: the tenant's `snapshot_at` of that batch (migration
   * 0007); later events never move it. Left out, the row counts as always stored (0).
   */
  ingested_at?: number;
}

/** One tenant's distinct lower-cased party texts (sender, receiver and partner ids and names). */
export interface PartySetRow {
  /** partyKeyOf(tenant, text): the same key for the same text in every store. */
  id: number;
  tenant_id: string;
  text: string;
}

export interface EventRow {
  tenant_id: string;
  id: string;
  transaction_id: string;
  /** The `seq` of the event's transaction: events are found by it (migration 0004). */
  tx_seq: number;
  occurred_at: number;
  ingested_at: number;
  type: string;
  step: string;
  level: string;
  message: string | null;
  error_code: string | null;
  business_status: string | null;
  /** JSON of the transaction metadata when the event carried it. */
  metadata: string | null;
}

/** The columns of an event row, in table order. */
export const EVENT_COLUMNS = [
  "tenant_id",
  "id",
  "transaction_id",
  "tx_seq",
  "occurred_at",
  "ingested_at",
  "type",
  "step",
  "level",
  "message",
  "error_code",
  "business_status",
  "metadata",
] as const satisfies readonly (keyof EventRow)[];

/** Where a tenant's ingestion stands, moved forward by every ingest batch. */
export interface IngestMarkRow {
  tenant_id: string;
  /** When its newest event arrived (the tracking lag). */
  newest_ingested_at: number;
  /** The last transaction number (`seq`) given. */
  last_seq: number;
  /** The instant of its last committed batch, strictly increasing in commit order (migration 0007). */
  snapshot_at: number;
}

/** Transactions per tenant, period, one dimension's value and status (store/rollup.ts). */
export interface RollupDimRow {
  tenant_id: string;
  /** Length of the period in ms: an hour or a UTC day. */
  span: number;
  dim: string;
  start: number;
  /** The dimension's value; '' for none. */
  value: string;
  /** The partner's name for the partner dimension; '' otherwise. */
  label: string;
  status: string;
  n: number;
}

/** Transactions per tenant, period and combination of the enumerated columns ('' for none). */
export interface RollupComboRow {
  tenant_id: string;
  span: number;
  start: number;
  status: string;
  document_type: string;
  direction: string;
  in_channel: string;
  out_channel: string;
  format: string;
  error_type: string;
  business_status: string;
  n: number;
}

export interface MetaRow {
  key: string;
  value: string;
}

export interface Database {
  tenants: TenantRow;
  users: UserRow;
  clients: ClientRow;
  signing_keys: SigningKeyRow;
  refresh_tokens: RefreshTokenRow;
  transactions: TransactionRow;
  events: EventRow;
  ingest_marks: IngestMarkRow;
  party_sets: PartySetRow;
  rollup_dims: RollupDimRow;
  rollup_combos: RollupComboRow;
  meta: MetaRow;
}
