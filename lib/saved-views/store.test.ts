import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { migrateDashboard, openDashboardDb, type DashboardDb } from "@/lib/dashboard-store/db";
import { freshStoreUrl } from "@/test/store-backend";
import { createView, deleteView, listViews, updateView, type ViewActor } from "./store";

// The alias table is empty until a parameter is renamed; these tests rename one, as a rename would.
const RENAMED = vi.hoisted(() => ({ kind: "type" }));
vi.mock("@/lib/filters/url-aliases", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/filters/url-aliases")>()),
  URL_ALIASES: RENAMED,
}));

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);
const ann: ViewActor = { tenant: "acme", userId: "u-ann", name: "Ann" };
const bob: ViewActor = { tenant: "acme", userId: "u-bob", name: "Bob" };
const eve: ViewActor = { tenant: "globex", userId: "u-eve", name: "Eve" };

describe("saved views", () => {
  let db: DashboardDb;
  beforeEach(async () => {
    db = openDashboardDb(await freshStoreUrl());
    await migrateDashboard(db);
  });
  afterEach(() => db.destroy());

  const save = async (actor: ViewActor, name: string, extra: { shared?: boolean; pinned?: boolean } = {}) => {
    const result = await createView(
      db,
      actor,
      { name, page: "list", query: "status=error", shared: false, pinned: true, ...extra },
      T0,
    );
    if (!result.ok) throw new Error(result.message);
    return result.value;
  };
  const names = async (actor: ViewActor) => (await listViews(db, actor)).map((v) => v.name);

  it("keeps a view with its address, owner and pin, and lists it for its owner", async () => {
    const view = await save(ann, "Errors");
    expect(view).toMatchObject({
      name: "Errors",
      page: "list",
      query: "status=error",
      href: "/transactions?status=error",
      shared: false,
      pinned: true,
      mine: true,
      ownerName: "Ann",
      createdAt: new Date(T0).toISOString(),
    });
    expect(view.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await listViews(db, ann)).toEqual([view]);
    const overview = await createView(
      db,
      ann,
      { name: "All", page: "overview", query: "", shared: false, pinned: false },
      T0,
    );
    expect(overview.ok && overview.value).toMatchObject({ href: "/", pinned: false });
  });

  it("shows a private view to its owner only, a shared one to the whole tenant and never to another", async () => {
    await save(ann, "Mine");
    await save(ann, "Ours", { shared: true });
    await save(eve, "Theirs", { shared: true });
    expect(await names(ann)).toEqual(["Mine", "Ours"]);
    expect(await names(bob)).toEqual(["Ours"]);
    expect(await names(eve)).toEqual(["Theirs"]);
    const [ours] = await listViews(db, bob);
    // Not pinned for Bob, though Ann pinned it: a pin is each person's own.
    expect(ours).toMatchObject({ mine: false, pinned: false, ownerName: "Ann" });
  });

  it("lets the owner rename, share and unshare; the others may only pin and unpin a shared view", async () => {
    const view = await save(ann, "Errors", { shared: true });
    const renamed = await updateView(db, ann, view.id, { name: "Failed today" }, T0 + 1000);
    expect(renamed.ok && renamed.value).toMatchObject({
      name: "Failed today",
      updatedAt: new Date(T0 + 1000).toISOString(),
    });

    expect(await updateView(db, bob, view.id, { name: "Mine now" })).toMatchObject({
      ok: false,
      status: 403,
      field: "name",
    });
    expect(await updateView(db, bob, view.id, { shared: false })).toMatchObject({
      ok: false,
      status: 403,
      field: "shared",
    });
    expect(await deleteView(db, bob, view.id)).toMatchObject({ ok: false, status: 403 });
    const pinned = await updateView(db, bob, view.id, { pinned: true });
    expect(pinned.ok && pinned.value).toMatchObject({ pinned: true, mine: false, name: "Failed today" });
    expect((await listViews(db, bob))[0].pinned).toBe(true);

    // Ann unpins it for herself: Bob's pin stays.
    await updateView(db, ann, view.id, { pinned: false });
    expect((await listViews(db, ann))[0].pinned).toBe(false);
    expect((await listViews(db, bob))[0].pinned).toBe(true);

    // Unshared, it leaves Bob's list and header; shared again, it comes back unpinned.
    await updateView(db, ann, view.id, { shared: false });
    expect(await names(bob)).toEqual([]);
    expect(await updateView(db, bob, view.id, { pinned: true })).toMatchObject({ ok: false, status: 404 });
    await updateView(db, ann, view.id, { shared: true });
    expect((await listViews(db, bob))[0].pinned).toBe(false);
  });

  it("answers another tenant's view, or another person's private one, as not found", async () => {
    const shared = await save(ann, "Ours", { shared: true });
    const own = await save(ann, "Private");
    for (const id of [shared.id, own.id]) {
      expect(await updateView(db, eve, id, { pinned: true })).toMatchObject({ ok: false, status: 404 });
      expect(await updateView(db, eve, id, { name: "x" })).toMatchObject({ ok: false, status: 404 });
      expect(await deleteView(db, eve, id)).toMatchObject({ ok: false, status: 404 });
    }
    expect(await updateView(db, bob, own.id, { pinned: true })).toMatchObject({ ok: false, status: 404 });
    expect(await deleteView(db, bob, own.id)).toMatchObject({ ok: false, status: 404 });
    expect(await names(ann)).toEqual(["Ours", "Private"]);
    // The same id in another tenant's session never reaches the row, whoever's sub it carries.
    expect(await deleteView(db, { ...ann, tenant: "globex" }, own.id)).toMatchObject({ ok: false, status: 404 });
  });

  it("refuses a second view of one owner under the same name, whatever its case", async () => {
    const first = await save(ann, "Errors");
    expect(
      await createView(db, ann, { name: "errors", page: "overview", query: "", shared: false, pinned: false }),
    ).toMatchObject({ ok: false, status: 409, code: "name_taken", field: "name" });
    const other = await save(ann, "Delays");
    expect(await updateView(db, ann, other.id, { name: "ERRORS" })).toMatchObject({
      ok: false,
      status: 409,
      field: "name",
    });
    // Renaming a view to its own name, or another person using the name, is fine.
    expect(await updateView(db, ann, first.id, { name: "Errors" })).toMatchObject({ ok: true });
    await save(bob, "Errors");
  });

  it("deletes a view with everyone's pins of it", async () => {
    const view = await save(ann, "Errors", { shared: true });
    await updateView(db, bob, view.id, { pinned: true });
    expect(await deleteView(db, ann, view.id)).toEqual({ ok: true, value: null });
    expect(await names(ann)).toEqual([]);
    expect(await names(bob)).toEqual([]);
    expect(await db.selectFrom("dashboard_view_pins").selectAll().execute()).toEqual([]);
    expect(await deleteView(db, ann, view.id)).toMatchObject({ ok: false, status: 404 });
  });

  it("opens a view saved before a parameter was renamed under the parameter's current name", async () => {
    // Saved when `type` was still called `kind`.
    await db
      .insertInto("dashboard_saved_views")
      .values({
        id: "old-view",
        tenant: "acme",
        owner_id: ann.userId,
        owner_name: "Ann",
        name: "Old invoices",
        page: "list",
        query: "status=error&kind=invoice,order",
        shared: 0,
        created_at: T0,
        updated_at: T0,
      })
      .execute();
    const [view] = await listViews(db, ann);
    expect(view).toMatchObject({
      query: "status=error&type=invoice,order",
      href: "/transactions?status=error&type=invoice,order",
    });
  });
});
