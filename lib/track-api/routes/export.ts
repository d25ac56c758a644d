import { csvStream } from "@/lib/domain/csv";
import { exportRequestSchema } from "@/lib/filters/schema";
import { authorize, parseBody } from "@/lib/track-api/http/request";
import { embeddedRoute } from "@/lib/track-api/http/route";

/**
 * Every transaction of a search as CSV, in the search's sort order, streamed as it is read
 * (`x-total-count` carries the total when the export started, unless only a lower bound is known).
 * An extension of the embedded Track API: clients of an upstream without it page through
 * `POST /track/api/transactions`.
 */
export const POST = embeddedRoute(async (request) => {
  const { store } = await authorize(request, "track");
  const body = await parseBody(request, exportRequestSchema);
  const { total, chunks } = await store.export(body);
  return new Response(csvStream(chunks), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      ...(total === null ? {} : { "x-total-count": String(total) }),
      "cache-control": "no-store, no-transform",
    },
  });
});
