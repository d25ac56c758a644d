import { bffError, bffRoute } from "@/lib/bff/route";
import { csvHeader, csvRows } from "@/lib/bff/csv";
import { exportFileName } from "@/lib/bff/export-name";
import { parseSearchQuery } from "@/lib/bff/search-query";
import { MAX_PAGE_SIZE } from "@/lib/filters/schema";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

/**
 * Streams every row of a search as CSV, page by page from the Track API (keyset paging), in the
 * list's sort order. Memory stays at one page whatever the total.
 */
export const GET = bffRoute(async ({ request, call }) => {
  const parsed = parseSearchQuery(request.nextUrl.searchParams, MAX_PAGE_SIZE);
  if (!parsed.ok) return bffError(400, "invalid_parameter", parsed.problem.message, undefined, parsed.problem.param);
  const search = { ...parsed.request, page: { size: MAX_PAGE_SIZE } };
  // The first page is fetched before answering, so an upstream problem is still a clean JSON error.
  let token = "";
  let page = await call((t) => trackApi.search((token = t), search, request.signal));
  const encoder = new TextEncoder();
  let started = false;

  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvHeader()}`));
      }
      controller.enqueue(encoder.encode(csvRows(page.items)));
      if (!page.nextCursor) return controller.close();
      page = await trackApi.search(token, { ...search, page: { size: MAX_PAGE_SIZE, cursor: page.nextCursor } }, request.signal);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(parsed.request, new Date())}"`,
      "cache-control": "no-store",
      "x-total-count": String(page.total),
    },
  });
});
