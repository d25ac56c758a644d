import crypto from "node:crypto";
import type { DashboardDb } from "@/lib/dashboard-store/db";
import type { DashboardDatabase } from "@/lib/dashboard-store/schema";
import type { ChannelView } from "./views";

export type ChannelRow = DashboardDatabase["alert_channels"];
export type ChannelKind = ChannelRow["kind"];
export type { ChannelView };

/** Whose channels a query sees: one user of one tenant (every query here is scoped by both). */
export interface Owner {
  tenant: string;
  ownerId: string;
}

/** Stores a new channel of `owner`; `secret` is already sealed (webhooks) or null (e-mail). */
export async function createChannel(
  db: DashboardDb,
  owner: Owner,
  channel: { kind: ChannelKind; name: string; target: string; format: "json" | "slack" | null; secret: string | null },
  now: number,
): Promise<ChannelRow> {
  const row: ChannelRow = {
    id: crypto.randomUUID(),
    tenant: owner.tenant,
    owner_id: owner.ownerId,
    ...channel,
    created_at: now,
  };
  await db.insertInto("alert_channels").values(row).execute();
  return row;
}

/** One of `owner`'s channels, or undefined (another user's or tenant's is as absent as a missing one). */
export async function getChannel(db: DashboardDb, owner: Owner, id: string): Promise<ChannelRow | undefined> {
  return db
    .selectFrom("alert_channels")
    .selectAll()
    .where("id", "=", id)
    .where("tenant", "=", owner.tenant)
    .where("owner_id", "=", owner.ownerId)
    .executeTakeFirst();
}

/** `owner`'s channels, oldest first, each with its newest delivery's status. */
export async function listChannels(db: DashboardDb, owner: Owner): Promise<ChannelView[]> {
  const rows = await db
    .selectFrom("alert_channels as c")
    .selectAll("c")
    .select((eb) => [
      eb
        .selectFrom("alert_deliveries as d")
        .select("d.id")
        .whereRef("d.channel_id", "=", "c.id")
        .orderBy("d.created_at", "desc")
        .orderBy("d.id", "desc")
        .limit(1)
        .as("last_id"),
    ])
    .where("c.tenant", "=", owner.tenant)
    .where("c.owner_id", "=", owner.ownerId)
    .orderBy("c.created_at")
    .orderBy("c.id")
    .execute();
  const lastIds = rows.map((r) => r.last_id).filter((id): id is string => !!id);
  const last = lastIds.length
    ? await db
        .selectFrom("alert_deliveries")
        .select(["id", "status", "updated_at", "last_status_code"])
        .where("id", "in", lastIds)
        .execute()
    : [];
  const byId = new Map(last.map((d) => [d.id, d]));
  return rows.map((row) => {
    const d = row.last_id ? byId.get(row.last_id) : undefined;
    return channelView(row, d ? { status: d.status, at: d.updated_at, statusCode: d.last_status_code } : null);
  });
}

/** The owner's view of a channel row. */
export function channelView(row: ChannelRow, lastDelivery: ChannelView["lastDelivery"] = null): ChannelView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    target: row.target,
    format: row.format,
    createdAt: row.created_at,
    lastDelivery,
  };
}

/** Renames one of `owner`'s channels; false when they have no such channel. */
export async function renameChannel(db: DashboardDb, owner: Owner, id: string, name: string): Promise<boolean> {
  const result = await db
    .updateTable("alert_channels")
    .set({ name })
    .where("id", "=", id)
    .where("tenant", "=", owner.tenant)
    .where("owner_id", "=", owner.ownerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes one of `owner`'s channels with its rule links and its delivery log (pending ones never go out). */
export async function deleteChannel(db: DashboardDb, owner: Owner, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom("alert_channels")
      .where("id", "=", id)
      .where("tenant", "=", owner.tenant)
      .where("owner_id", "=", owner.ownerId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await trx.deleteFrom("alert_rule_channels").where("channel_id", "=", id).execute();
    await trx.deleteFrom("alert_deliveries").where("channel_id", "=", id).execute();
    return true;
  });
}

/** The ids of `owner`'s channels linked to a rule. */
export async function ruleChannelIds(db: DashboardDb, owner: Owner, ruleId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("alert_rule_channels as l")
    .innerJoin("alert_channels as c", "c.id", "l.channel_id")
    .select("c.id")
    .where("l.rule_id", "=", ruleId)
    .where("c.tenant", "=", owner.tenant)
    .where("c.owner_id", "=", owner.ownerId)
    .orderBy("c.created_at")
    .orderBy("c.id")
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Links exactly `channelIds` of `owner`'s channels to a rule (the others of theirs are unlinked).
 * Returns the ids that are not `owner`'s channels, and changes nothing, when there are any.
 */
export async function setRuleChannels(
  db: DashboardDb,
  owner: Owner,
  ruleId: string,
  channelIds: string[],
): Promise<{ unknown: string[] }> {
  return db.transaction().execute(async (trx) => {
    const mine = (
      await trx
        .selectFrom("alert_channels")
        .select("id")
        .where("tenant", "=", owner.tenant)
        .where("owner_id", "=", owner.ownerId)
        .execute()
    ).map((r) => r.id);
    const wanted = [...new Set(channelIds)];
    const unknown = wanted.filter((id) => !mine.includes(id));
    if (unknown.length) return { unknown };
    if (mine.length)
      await trx
        .deleteFrom("alert_rule_channels")
        .where("rule_id", "=", ruleId)
        .where("channel_id", "in", mine)
        .execute();
    if (wanted.length)
      await trx
        .insertInto("alert_rule_channels")
        .values(wanted.map((channel_id) => ({ rule_id: ruleId, channel_id })))
        .execute();
    return { unknown: [] };
  });
}

/** The channels a rule of `owner` notifies (only channels of that owner and tenant count). */
export async function channelsOfRule(db: DashboardDb, owner: Owner, ruleId: string): Promise<ChannelRow[]> {
  return db
    .selectFrom("alert_rule_channels as l")
    .innerJoin("alert_channels as c", "c.id", "l.channel_id")
    .selectAll("c")
    .where("l.rule_id", "=", ruleId)
    .where("c.tenant", "=", owner.tenant)
    .where("c.owner_id", "=", owner.ownerId)
    .execute();
}
