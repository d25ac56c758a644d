import { bffError, bffRoute } from "@/lib/bff/route";
import { canonicalQuery } from "@/lib/saved-views/canonical";
import { actorOf, answer, json, readBody, withViewsDb } from "@/lib/saved-views/http";
import { createViewSchema } from "@/lib/saved-views/schema";
import { createView, listViews } from "@/lib/saved-views/store";

export const dynamic = "force-dynamic";

/** The person's own views and the ones shared in their tenant, each with their pin. */
export const GET = bffRoute(async ({ session }) =>
  withViewsDb(async (db) => json({ views: await listViews(db, actorOf(session)) })),
);

/** Saves a view: `{ name, page, query, shared?, pinned? }`, the query read with the page's own parsers. */
export const POST = bffRoute(async ({ request, session }) => {
  const read = await readBody(request, createViewSchema);
  if (!read.ok) return read.response;
  const { query, ...body } = read.body;
  const canonical = canonicalQuery(body.page, query);
  if (!canonical.ok) return bffError(400, "invalid_request", canonical.message, "query");
  return withViewsDb(async (db) =>
    answer(await createView(db, actorOf(session), { ...body, query: canonical.query }), "view", 201),
  );
});
