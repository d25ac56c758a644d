import { bffError, bffRoute } from "@/lib/bff/route";
import { now } from "@/lib/clock";
import { exportFileName } from "@/lib/bff/export-name";
import { pagedExport, withPrefix } from "@/lib/bff/export-stream";
import { parseSearchQuery } from "@/lib/bff/search-query";
import { csvStream } from "@/lib/domain/csv";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

/** Spreadsheets read a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = "\uFEFF";

/**
 * Every row of a search as a CSV download, in the list's sort order, streamed: from the Track API's
 * export endpoint, or page by page (keyset paging) from an upstream without one. Memory stays at
 * one chunk whatever the total.
 */
export const GET = bffRoute(async ({ request, call }) => {
  const parsed = parseSearchQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return bffError(400, "invalid_parameter", parsed.problem.message, undefined, parsed.problem.param);
  const { filter, sort } = parsed.request;
  // The first answer is awaited before answering, so an upstream problem is still a clean JSON error.
  const exported = await call((token) => trackApi.export(token, { filter, sort }, request.signal));
  const { body, total } = exported?.body
    ? { body: withPrefix(BOM, exported.body), total: exported.headers.get("x-total-count") }
    : await pagedExport(call, { filter, sort }, request.signal).then(({ total, chunks }) => ({
        body: csvStream(chunks, BOM),
        total: String(total),
      }));
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(parsed.request, new Date(now()))}"`,
      // A download of up to hundreds of megabytes: gzip would cost the server's one thread more than
      // reading the rows (bench/NOTES.md); no-transform keeps Next.js's compression off it.
      "cache-control": "no-store, no-transform",
      ...(total ? { "x-total-count": total } : {}),
    },
  });
});
