import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { DashboardDb } from "@/lib/dashboard-store/db";
import type { DashboardDatabase } from "@/lib/dashboard-store/schema";
import { URL_ALIASES, withCurrentNames } from "@/lib/filters/url-aliases";
import { canonicalQuery } from "./canonical";
import { MAX_VIEWS_PER_OWNER, savedViewHref, type SavedView, type ViewPage } from "./pages";

/** Who asks: the session's tenant and `sub`, and the name the others see on a view they share. */
export interface ViewActor {
  tenant: string;
  userId: string;
  name: string;
}

/** What a store call gives: the value, or a refusal with the BFF's status, code, message and field. */
export type ViewResult<T> =
  { ok: true; value: T } | { ok: false; status: 403 | 404 | 409; code: string; message: string; field?: string };

type Row = DashboardDatabase["dashboard_saved_views"];

const notFound = { ok: false, status: 404, code: "not_found", message: "There is no such saved view" } as const;

/**
 * A query as saved, under today's parameter names: a view saved before a parameter was renamed
 * still opens on the view it named (the pages would redirect its address all the same).
 */
function currentQuery(page: ViewPage, query: string): string {
  if (!withCurrentNames(new URLSearchParams(query), URL_ALIASES)) return query;
  const canonical = canonicalQuery(page, query);
  return canonical.ok ? canonical.query : query;
}

function toView(row: Row, actor: ViewActor, pinned: boolean): SavedView {
  const page = row.page as ViewPage;
  const query = currentQuery(page, row.query);
  return {
    id: row.id,
    name: row.name,
    page,
    query,
    href: savedViewHref(page, query),
    shared: row.shared === 1,
    pinned,
    mine: row.owner_id === actor.userId,
    ownerName: row.owner_name,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The views `actor` may see, each with its pin: their own and the ones shared in their tenant, by name. */
export async function listViews(db: DashboardDb, actor: ViewActor): Promise<SavedView[]> {
  const rows = await db
    .selectFrom("dashboard_saved_views as v")
    .leftJoin("dashboard_view_pins as p", (join) =>
      join.onRef("p.view_id", "=", "v.id").on("p.tenant", "=", actor.tenant).on("p.user_id", "=", actor.userId),
    )
    .selectAll("v")
    .select("p.view_id as pinned_id")
    .where("v.tenant", "=", actor.tenant)
    .where((eb) => eb.or([eb("v.owner_id", "=", actor.userId), eb("v.shared", "=", 1)]))
    .orderBy(sql`lower(v.name)`)
    .orderBy("v.id")
    .execute();
  return rows.map(({ pinned_id, ...row }) => toView(row, actor, pinned_id !== null));
}

/** One view `actor` may see, or null (another tenant's, or another person's private one). */
async function visibleView(db: DashboardDb, actor: ViewActor, id: string): Promise<Row | null> {
  const row = await db
    .selectFrom("dashboard_saved_views")
    .selectAll()
    .where("id", "=", id)
    .where("tenant", "=", actor.tenant)
    .where((eb) => eb.or([eb("owner_id", "=", actor.userId), eb("shared", "=", 1)]))
    .executeTakeFirst();
  return row ?? null;
}

async function nameTaken(db: DashboardDb, actor: ViewActor, name: string, except?: string): Promise<boolean> {
  let query = db
    .selectFrom("dashboard_saved_views")
    .select("id")
    .where("tenant", "=", actor.tenant)
    .where("owner_id", "=", actor.userId)
    .where(sql<boolean>`lower(name) = lower(${name})`);
  if (except) query = query.where("id", "<>", except);
  return (await query.executeTakeFirst()) !== undefined;
}

const taken = (name: string) =>
  ({
    ok: false,
    status: 409,
    code: "name_taken",
    message: `You already have a view named "${name}"`,
    field: "name",
  }) as const;

async function setPin(db: DashboardDb, actor: ViewActor, id: string, pinned: boolean, now: number) {
  if (pinned)
    await db
      .insertInto("dashboard_view_pins")
      .values({ tenant: actor.tenant, user_id: actor.userId, view_id: id, created_at: now })
      .onConflict((c) => c.columns(["tenant", "user_id", "view_id"]).doNothing())
      .execute();
  else
    await db
      .deleteFrom("dashboard_view_pins")
      .where("tenant", "=", actor.tenant)
      .where("user_id", "=", actor.userId)
      .where("view_id", "=", id)
      .execute();
}

/** Saves a view for `actor` (its query already canonical), pinned for them when `pinned`. */
export async function createView(
  db: DashboardDb,
  actor: ViewActor,
  input: { name: string; page: ViewPage; query: string; shared: boolean; pinned: boolean },
  now = Date.now(),
): Promise<ViewResult<SavedView>> {
  return db.transaction().execute(async (trx): Promise<ViewResult<SavedView>> => {
    if (await nameTaken(trx, actor, input.name)) return taken(input.name);
    const { owned } = await trx
      .selectFrom("dashboard_saved_views")
      .select((eb) => eb.fn.countAll<number>().as("owned"))
      .where("tenant", "=", actor.tenant)
      .where("owner_id", "=", actor.userId)
      .executeTakeFirstOrThrow();
    if (Number(owned) >= MAX_VIEWS_PER_OWNER)
      return {
        ok: false,
        status: 409,
        code: "too_many_views",
        message: `You can keep at most ${MAX_VIEWS_PER_OWNER} saved views; delete one first`,
      };
    const row: Row = {
      id: randomBytes(12).toString("base64url"),
      tenant: actor.tenant,
      owner_id: actor.userId,
      owner_name: actor.name,
      name: input.name,
      page: input.page,
      query: input.query,
      shared: input.shared ? 1 : 0,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto("dashboard_saved_views").values(row).execute();
    if (input.pinned) await setPin(trx, actor, row.id, true, now);
    return { ok: true, value: toView(row, actor, input.pinned) };
  });
}

/**
 * Renames, shares or unshares (the owner only) and pins or unpins (anyone who sees the view) a view.
 * Unsharing takes the view out of the others' headers too.
 */
export async function updateView(
  db: DashboardDb,
  actor: ViewActor,
  id: string,
  patch: { name?: string; shared?: boolean; pinned?: boolean },
  now = Date.now(),
): Promise<ViewResult<SavedView>> {
  return db.transaction().execute(async (trx): Promise<ViewResult<SavedView>> => {
    const row = await visibleView(trx, actor, id);
    if (!row) return notFound;
    const ownerOnly = (["name", "shared"] as const).find((key) => patch[key] !== undefined);
    if (ownerOnly && row.owner_id !== actor.userId)
      return {
        ok: false,
        status: 403,
        code: "not_owner",
        message: "Only the person who saved this view can rename, share or unshare it",
        field: ownerOnly,
      };
    if (patch.name !== undefined && (await nameTaken(trx, actor, patch.name, id))) return taken(patch.name);
    const changes: Partial<Row> = {};
    if (patch.name !== undefined) changes.name = patch.name;
    if (patch.shared !== undefined) changes.shared = patch.shared ? 1 : 0;
    if (Object.keys(changes).length) {
      changes.updated_at = now;
      await trx.updateTable("dashboard_saved_views").set(changes).where("id", "=", id).execute();
      if (patch.shared === false)
        await trx
          .deleteFrom("dashboard_view_pins")
          .where("view_id", "=", id)
          .where("user_id", "<>", actor.userId)
          .execute();
    }
    if (patch.pinned !== undefined) await setPin(trx, actor, id, patch.pinned, now);
    const pinned = await trx
      .selectFrom("dashboard_view_pins")
      .select("view_id")
      .where("tenant", "=", actor.tenant)
      .where("user_id", "=", actor.userId)
      .where("view_id", "=", id)
      .executeTakeFirst();
    return { ok: true, value: toView({ ...row, ...changes }, actor, pinned !== undefined) };
  });
}

/** Deletes a view (the owner only), and everyone's pins of it. */
export async function deleteView(db: DashboardDb, actor: ViewActor, id: string): Promise<ViewResult<null>> {
  return db.transaction().execute(async (trx): Promise<ViewResult<null>> => {
    const row = await visibleView(trx, actor, id);
    if (!row) return notFound;
    if (row.owner_id !== actor.userId)
      return {
        ok: false,
        status: 403,
        code: "not_owner",
        message: "Only the person who saved this view can delete it",
      };
    await trx.deleteFrom("dashboard_view_pins").where("view_id", "=", id).execute();
    await trx.deleteFrom("dashboard_saved_views").where("id", "=", id).execute();
    return { ok: true, value: null };
  });
}
