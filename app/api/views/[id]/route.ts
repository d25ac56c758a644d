import { bffError, bffRoute } from "@/lib/bff/route";
import { actorOf, answer, isViewId, readBody, withViewsDb } from "@/lib/saved-views/http";
import { updateViewSchema } from "@/lib/saved-views/schema";
import { deleteView, updateView } from "@/lib/saved-views/store";

export const dynamic = "force-dynamic";

const noSuchView = () => bffError(404, "not_found", "There is no such saved view");

/** Renames, shares or unshares (the owner), pins or unpins (anyone who sees it): `{ name?, shared?, pinned? }`. */
export const PATCH = bffRoute<{ id: string }>(async ({ request, params, session }) => {
  if (!isViewId(params.id)) return noSuchView();
  const read = await readBody(request, updateViewSchema);
  if (!read.ok) return read.response;
  return withViewsDb(async (db) => answer(await updateView(db, actorOf(session), params.id, read.body), "view"));
});

/** Deletes a view (the owner only), with everyone's pins of it. */
export const DELETE = bffRoute<{ id: string }>(async ({ params, session }) => {
  if (!isViewId(params.id)) return noSuchView();
  return withViewsDb(async (db) => answer(await deleteView(db, actorOf(session), params.id), "view"));
});
