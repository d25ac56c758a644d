import type { Db } from "./db";
import type { TransactionRow } from "./schema";

/** The columns ingestion derives from events (all but the key). */
export const DERIVED_COLUMNS = [
  "document_type", "document_number", "direction", "in_channel", "out_channel", "format", "sender_id",
  "sender_name", "receiver_id", "receiver_name", "partner_id", "partner_name", "service_profile", "amount",
  "currency", "status", "status_reason", "error_type", "business_status", "received_at", "updated_at",
  "delivered_at", "sla_due_at", "attachments", "search_text", "search_head", "party_key",
] as const;
type Column = (typeof DERIVED_COLUMNS)[number];

// NOTE: SQLite allows 32,766 bound parameters per statement.
const MAX_PARAMETERS = 30_000;

/**
 * Stores re-derived transactions: new ones are inserted; existing ones are updated in only the
 * columns that changed. Every index holding an assigned column is rewritten on an UPDATE, so
 * assigning all 27 columns would rewrite all of the table's indexes for every new event, while a
 * typical event changes the status and a time or two.
 */
export async function writeTransactions(db: Db, tenantId: string, before: Map<string, TransactionRow>, rows: TransactionRow[]): Promise<void> {
  const inserts: TransactionRow[] = [];
  const updates = new Map<string, { columns: Column[]; rows: TransactionRow[] }>();
  for (const row of rows) {
    const old = before.get(row.id);
    if (!old) {
      inserts.push(row);
      continue;
    }
    const columns = DERIVED_COLUMNS.filter((c) => old[c] !== row[c]);
    if (columns.length === 0) continue;
    const key = columns.join(",");
    const group = updates.get(key) ?? { columns, rows: [] };
    group.rows.push(row);
    updates.set(key, group);
  }
  const chunk = Math.floor(MAX_PARAMETERS / (DERIVED_COLUMNS.length + 2));
  for (let i = 0; i < inserts.length; i += chunk) await db.insertInto("transactions").values(inserts.slice(i, i + chunk)).execute();
  // An upsert per set of changed columns, assigning only those (the conflict always hits: the rows exist).
  for (const { columns, rows: changed } of updates.values()) {
    for (let i = 0; i < changed.length; i += chunk) {
      await db
        .insertInto("transactions")
        .values(changed.slice(i, i + chunk))
        .onConflict((oc) => oc.columns(["tenant_id", "id"]).doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))))
        .execute();
    }
  }
}
