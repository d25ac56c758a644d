import crypto from "node:crypto";
import type { DashboardDb } from "@/lib/dashboard-store/db";
import type { DashboardDatabase } from "@/lib/dashboard-store/schema";
import type { Owner } from "./channels-store";
import type { DeliveryPayload } from "./payload";
import type { AttemptResult } from "./send-webhook";
import type { DeliveryView } from "./views";

export type DeliveryRow = DashboardDatabase["alert_deliveries"];
export type { DeliveryView };

/** Writes a pending delivery of `payload` to a channel, due at once (or a held-back one, never sent). */
export async function enqueueDelivery(
  db: DashboardDb,
  delivery: { channelId: string; ruleId: string | null; episodeId: string | null; payload: DeliveryPayload },
  now: number,
  options: {
    /** Why it is written as failed without being sent (the hourly limit), if it is. */
    heldBack?: string;
    /** Written already claimed until then by its caller, who sends it now: the loop leaves it alone. */
    claimedUntil?: number;
  } = {},
): Promise<DeliveryRow> {
  const { heldBack, claimedUntil } = options;
  const row: DeliveryRow = {
    id: crypto.randomUUID(),
    channel_id: delivery.channelId,
    rule_id: delivery.ruleId,
    episode_id: delivery.episodeId,
    event: delivery.payload.kind,
    payload: JSON.stringify(delivery.payload),
    status: heldBack ? "failed" : "pending",
    attempts: 0,
    next_attempt_at: claimedUntil ?? now,
    last_status_code: null,
    last_error: heldBack ?? null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("alert_deliveries").values(row).execute();
  return row;
}

/** Pending deliveries whose next attempt is due, the longest waiting first. */
export async function dueDeliveries(db: DashboardDb, now: number, limit: number): Promise<DeliveryRow[]> {
  return db
    .selectFrom("alert_deliveries")
    .selectAll()
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now)
    .orderBy("next_attempt_at")
    .limit(limit)
    .execute();
}

/**
 * Takes a due delivery for one attempt: its next attempt moves to `until`, so no other caller sends
 * it meanwhile, and if this process dies mid-attempt it is tried again after that. False when
 * someone else took it first.
 */
export async function claimDelivery(db: DashboardDb, row: DeliveryRow, until: number): Promise<boolean> {
  const result = await db
    .updateTable("alert_deliveries")
    .set({ next_attempt_at: until })
    .where("id", "=", row.id)
    .where("status", "=", "pending")
    .where("next_attempt_at", "=", row.next_attempt_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records an attempt's result: sent, failed for good, or pending again at `retryAt` (null: none left, failed). */
export async function recordAttempt(
  db: DashboardDb,
  row: DeliveryRow,
  result: AttemptResult,
  retryAt: number | null,
  now: number,
): Promise<DeliveryRow> {
  const status =
    result.outcome === "sent" ? "sent" : result.outcome === "retry" && retryAt !== null ? "pending" : "failed";
  const next: DeliveryRow = {
    ...row,
    status,
    attempts: row.attempts + 1,
    next_attempt_at: status === "pending" ? (retryAt as number) : row.next_attempt_at,
    last_status_code: result.statusCode,
    last_error: result.error,
    updated_at: now,
  };
  await db
    .updateTable("alert_deliveries")
    .set({
      status: next.status,
      attempts: next.attempts,
      next_attempt_at: next.next_attempt_at,
      last_status_code: next.last_status_code,
      last_error: next.last_error,
      updated_at: now,
    })
    .where("id", "=", row.id)
    .execute();
  return next;
}

/** The owner's view of a delivery row. */
export function deliveryView(row: DeliveryRow): DeliveryView {
  return {
    id: row.id,
    channelId: row.channel_id,
    ruleId: row.rule_id,
    event: row.event,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === "pending" ? row.next_attempt_at : null,
    statusCode: row.last_status_code,
    error: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The newest deliveries of `owner`'s channels, of one channel or of one rule. */
export async function listDeliveries(
  db: DashboardDb,
  owner: Owner,
  of: { channelId: string } | { ruleId: string },
  limit = 100,
): Promise<DeliveryView[]> {
  let query = db
    .selectFrom("alert_deliveries as d")
    .innerJoin("alert_channels as c", "c.id", "d.channel_id")
    .selectAll("d")
    .where("c.tenant", "=", owner.tenant)
    .where("c.owner_id", "=", owner.ownerId);
  query = "channelId" in of ? query.where("d.channel_id", "=", of.channelId) : query.where("d.rule_id", "=", of.ruleId);
  const rows = await query.orderBy("d.created_at", "desc").orderBy("d.id", "desc").limit(limit).execute();
  return rows.map(deliveryView);
}

/**
 * How many deliveries of a channel since `since` (of one rule's, or of one event kind's) were or are
 * being sent, leaving out those held back by the hourly limit.
 */
export async function countRecentDeliveries(
  db: DashboardDb,
  of: { channelId: string; ruleId?: string; event?: DeliveryRow["event"] },
  since: number,
): Promise<number> {
  let query = db
    .selectFrom("alert_deliveries")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("channel_id", "=", of.channelId)
    .where("created_at", ">", since)
    .where((eb) => eb.or([eb("status", "!=", "failed"), eb("attempts", ">", 0)]));
  if (of.ruleId !== undefined) query = query.where("rule_id", "=", of.ruleId);
  if (of.event !== undefined) query = query.where("event", "=", of.event);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** Removes the log of deliveries settled before `before` (pending ones stay, however old). */
export async function pruneDeliveries(db: DashboardDb, before: number): Promise<void> {
  await db.deleteFrom("alert_deliveries").where("status", "!=", "pending").where("created_at", "<", before).execute();
}
