import "server-only";
import { randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import { now as clockNow } from "@/lib/clock";
import { dashboardDb } from "@/lib/dashboard-store/db";
import type { DashboardDatabase } from "@/lib/dashboard-store/schema";
import type { AlertEpisode, AlertRule, AppNotification, Measured } from "./types";
import type { RuleInput } from "./validate";

export type RuleRow = Selectable<DashboardDatabase["dashboard_alert_rules"]>;

/** Who a rule belongs to: every read and write of a person's rules is scoped by both. */
export interface Owner {
  tenant: string;
  userId: string;
}

const parse = <T>(json: string | null, fallback: T): T => {
  if (!json) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
};

/** A rule row as the BFF answers it. */
export function toRule(row: RuleRow): AlertRule {
  return {
    id: row.id,
    name: row.name,
    type: row.type as AlertRule["type"],
    query: row.query,
    params: parse(row.params, {}),
    timeZone: row.time_zone,
    mutedUntil: row.muted_until === null ? null : Number(row.muted_until),
    muted: row.muted_until !== null && Number(row.muted_until) > clockNow(),
    state: row.state,
    lastEvaluatedAt: row.last_evaluated_at === null ? null : Number(row.last_evaluated_at),
    lastFiredAt: row.last_fired_at === null ? null : Number(row.last_fired_at),
    lastError: row.last_error,
    lastValue: parse<Measured | null>(row.last_value, null),
    createdAt: Number(row.created_at),
  };
}

export async function listRules(owner: Owner): Promise<AlertRule[]> {
  const db = await dashboardDb();
  const rows = await db
    .selectFrom("dashboard_alert_rules")
    .selectAll()
    .where("tenant", "=", owner.tenant)
    .where("owner_id", "=", owner.userId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map(toRule);
}

/** The owner's rule, or undefined for anyone else's (another user's or another tenant's: the same answer). */
export async function findRule(owner: Owner, id: string): Promise<RuleRow | undefined> {
  const db = await dashboardDb();
  return db
    .selectFrom("dashboard_alert_rules")
    .selectAll()
    .where("id", "=", id)
    .where("tenant", "=", owner.tenant)
    .where("owner_id", "=", owner.userId)
    .executeTakeFirst();
}

export async function createRule(owner: Owner, roles: readonly string[], input: RuleInput, now: number) {
  const db = await dashboardDb();
  const row: RuleRow = {
    id: randomUUID(),
    tenant: owner.tenant,
    owner_id: owner.userId,
    owner_roles: roles.join(" "),
    name: input.name,
    type: input.type,
    query: input.query,
    params: JSON.stringify(input.params),
    time_zone: input.timeZone,
    muted_until: null,
    state: "ok",
    last_evaluated_at: null,
    last_fired_at: null,
    last_error: null,
    last_value: null,
    notified: "[]",
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("dashboard_alert_rules").values(row).execute();
  return toRule(row);
}

/** Changes the owner's rule; a changed condition starts again from "ok" (its open episode is closed). */
export async function updateRule(
  owner: Owner,
  id: string,
  change: { input?: RuleInput; mutedUntil?: number | null },
  now: number,
): Promise<AlertRule | undefined> {
  const db = await dashboardDb();
  const values: Partial<RuleRow> = { updated_at: now };
  if (change.input) {
    Object.assign(values, {
      name: change.input.name,
      type: change.input.type,
      query: change.input.query,
      params: JSON.stringify(change.input.params),
      time_zone: change.input.timeZone,
      state: "ok",
      last_error: null,
      last_value: null,
    });
    await db
      .updateTable("dashboard_alert_episodes")
      .set({ resolved_at: now })
      .where("rule_id", "=", id)
      .where("resolved_at", "is", null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("dashboard_alert_rules")
            .select("id")
            .where("id", "=", id)
            .where("tenant", "=", owner.tenant)
            .where("owner_id", "=", owner.userId),
        ),
      )
      .execute();
  }
  if (change.mutedUntil !== undefined) values.muted_until = change.mutedUntil;
  const result = await db
    .updateTable("dashboard_alert_rules")
    .set(values)
    .where("id", "=", id)
    .where("tenant", "=", owner.tenant)
    .where("owner_id", "=", owner.userId)
    .executeTakeFirst();
  if (!Number(result.numUpdatedRows)) return undefined;
  const row = await findRule(owner, id);
  return row && toRule(row);
}

export async function deleteRule(owner: Owner, id: string): Promise<boolean> {
  const db = await dashboardDb();
  const row = await findRule(owner, id);
  if (!row) return false;
  await db.deleteFrom("dashboard_alert_episodes").where("rule_id", "=", id).execute();
  // The channels it notified stay (they are the owner's); their link to it goes.
  await db.deleteFrom("alert_rule_channels").where("rule_id", "=", id).execute();
  await db.deleteFrom("dashboard_alert_rules").where("id", "=", id).execute();
  return true;
}

const toEpisode = (row: Selectable<DashboardDatabase["dashboard_alert_episodes"]>): AlertEpisode => ({
  id: row.id,
  startedAt: Number(row.started_at),
  resolvedAt: row.resolved_at === null ? null : Number(row.resolved_at),
  peakValue: row.peak_value === null ? null : Number(row.peak_value),
  listPath: row.list_path,
});

/** A rule's episodes, newest first (the rule's ownership is checked by the caller). */
export async function listEpisodes(ruleId: string, limit = 50): Promise<AlertEpisode[]> {
  const db = await dashboardDb();
  const rows = await db
    .selectFrom("dashboard_alert_episodes")
    .selectAll()
    .where("rule_id", "=", ruleId)
    .orderBy("started_at", "desc")
    .limit(limit)
    .execute();
  return rows.map(toEpisode);
}

/** Every rule of every tenant, for the evaluator. */
export async function allRules(): Promise<RuleRow[]> {
  const db = await dashboardDb();
  return db.selectFrom("dashboard_alert_rules").selectAll().orderBy("created_at").execute();
}

/** What one evaluation changes on a rule and its episodes. */
export interface Evaluated {
  state: "ok" | "firing";
  measured: Measured | null;
  error: string | null;
  notified: number[];
  /** A new episode (fired), or the open one resolved. */
  opened?: { id: string; listPath: string; value: number | null };
  resolved?: boolean;
}

/** Records an evaluation; returns the id of the episode it opened or resolved, if any. */
export async function recordEvaluation(row: RuleRow, e: Evaluated, now: number): Promise<string | null> {
  const db = await dashboardDb();
  return db.transaction().execute(async (tx) => {
    let episodeId: string | null = null;
    const open = await tx
      .selectFrom("dashboard_alert_episodes")
      .select(["id", "peak_value"])
      .where("rule_id", "=", row.id)
      .where("resolved_at", "is", null)
      .orderBy("started_at", "desc")
      .executeTakeFirst();
    if (e.opened) {
      episodeId = e.opened.id;
      await tx
        .insertInto("dashboard_alert_episodes")
        .values({
          id: e.opened.id,
          rule_id: row.id,
          started_at: now,
          resolved_at: null,
          peak_value: e.opened.value,
          list_path: e.opened.listPath,
        })
        .execute();
    } else if (e.resolved && open) {
      episodeId = open.id;
      await tx.updateTable("dashboard_alert_episodes").set({ resolved_at: now }).where("id", "=", open.id).execute();
    } else if (open && e.state === "firing" && e.measured?.value != null) {
      const peak = open.peak_value === null ? null : Number(open.peak_value);
      const value = e.measured.value;
      if (peak === null || value > peak)
        await tx.updateTable("dashboard_alert_episodes").set({ peak_value: value }).where("id", "=", open.id).execute();
    }
    await tx
      .updateTable("dashboard_alert_rules")
      .set({
        state: e.state,
        last_evaluated_at: now,
        last_error: e.error,
        ...(e.measured ? { last_value: JSON.stringify(e.measured) } : {}),
        ...(e.opened ? { last_fired_at: now } : {}),
        notified: JSON.stringify(e.notified),
      })
      .where("id", "=", row.id)
      .execute();
    return episodeId;
  });
}

/** Records a failed evaluation: the rule keeps its state, and its page shows the error. */
export async function recordFailure(ruleId: string, message: string, now: number): Promise<void> {
  const db = await dashboardDb();
  await db
    .updateTable("dashboard_alert_rules")
    .set({ last_error: message.slice(0, 500), last_evaluated_at: now })
    .where("id", "=", ruleId)
    .execute();
}

// Notifications

const toNotification = (row: Selectable<DashboardDatabase["dashboard_notifications"]>): AppNotification => ({
  id: row.id,
  ruleId: row.rule_id,
  kind: row.kind,
  summary: row.summary,
  listPath: row.list_path,
  createdAt: Number(row.created_at),
  readAt: row.read_at === null ? null : Number(row.read_at),
});

export async function addNotification(
  n: Omit<Selectable<DashboardDatabase["dashboard_notifications"]>, "id" | "read_at">,
): Promise<void> {
  const db = await dashboardDb();
  await db
    .insertInto("dashboard_notifications")
    .values({ ...n, id: randomUUID(), read_at: null })
    .execute();
}

export async function listNotifications(owner: Owner, limit = 100): Promise<AppNotification[]> {
  const db = await dashboardDb();
  const rows = await db
    .selectFrom("dashboard_notifications")
    .selectAll()
    .where("tenant", "=", owner.tenant)
    .where("user_id", "=", owner.userId)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
  return rows.map(toNotification);
}

export async function unreadCount(owner: Owner): Promise<number> {
  const db = await dashboardDb();
  const row = await db
    .selectFrom("dashboard_notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("tenant", "=", owner.tenant)
    .where("user_id", "=", owner.userId)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks the owner's notifications read: the listed ones, or all. Returns how many changed. */
export async function markRead(owner: Owner, ids: string[] | "all", now: number): Promise<number> {
  const db = await dashboardDb();
  let query = db
    .updateTable("dashboard_notifications")
    .set({ read_at: now })
    .where("tenant", "=", owner.tenant)
    .where("user_id", "=", owner.userId)
    .where("read_at", "is", null);
  if (ids !== "all") {
    if (!ids.length) return 0;
    query = query.where("id", "in", ids);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
