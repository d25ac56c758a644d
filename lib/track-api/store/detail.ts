import { now as clockNow } from "@/lib/clock";
import type { RelatedTransaction, Transaction, TrackEvent } from "@/lib/domain/transaction";
import type { Db } from "./db";
import { compareEvents } from "./transaction-state";
import { relatedTransactions } from "./related";
import { toEvent, toTransaction } from "./row-to-api";

export interface StoredTransaction {
  transaction: Transaction;
  events: TrackEvent[];
  /** Number of PDF attachments besides the data file. */
  attachments: number;
  /** The document number this one answers or follows. */
  reference: string | null;
  /** The documents linked to it by reference (store/related.ts). */
  related: RelatedTransaction[];
}

/** One transaction of the tenant with its events in lifecycle order and its related documents, or null (also for other tenants' ids). */
export async function getTransaction(
  db: Db,
  tenantId: string,
  id: string,
  now = clockNow(),
): Promise<StoredTransaction | null> {
  const row = await db
    .selectFrom("transactions")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const events = await db
    .selectFrom("events")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("tx_seq", "=", row.seq)
    .execute();
  events.sort(compareEvents);
  const related = await relatedTransactions(db, tenantId, row);
  return {
    transaction: toTransaction(row, now),
    events: events.map(toEvent),
    attachments: row.attachments,
    reference: row.reference,
    related,
  };
}

/** When the newest event of any tenant (or of one) arrived, for the tracking lag. */
export async function newestIngestedAt(db: Db, tenantId?: string): Promise<number | null> {
  let query = db.selectFrom("ingest_marks").select((eb) => eb.fn.max("newest_ingested_at").as("newest"));
  if (tenantId) query = query.where("tenant_id", "=", tenantId);
  const row = await query.executeTakeFirst();
  return row?.newest == null ? null : Number(row.newest);
}
