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
  /** Lower-cased document number, id, partner ids and names: what free-text search matches. */
  search_text: string;
}

export interface EventRow {
  tenant_id: string;
  id: string;
  transaction_id: string;
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
  meta: MetaRow;
}
