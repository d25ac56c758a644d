import { bffError, bffRoute } from "@/lib/bff/route";
import { now } from "@/lib/clock";
import { exportFileName } from "@/lib/bff/export-name";
import { withPrefix } from "@/lib/bff/export-stream";
import { parseSearchQuery } from "@/lib/bff/search-query";
import { EVENT_EXTRACT_FORMATS, EVENT_EXTRACT_MEDIA_TYPES, type EventExtractFormat } from "@/lib/domain/event-extract";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

/** Spreadsheets read a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = "\uFEFF";

/**
 * The events of every transaction of the list's search as a download (`/api/events/export/csv?…` or
 * `/api/events/export/ndjson?…`, with the list's URL parameters), streamed from the Track API's event
 * extract: memory stays at one chunk whatever the total.
 */
export const GET = bffRoute<{ format: string }>(async ({ request, params, call }) => {
  const format = params.format as EventExtractFormat;
  if (!EVENT_EXTRACT_FORMATS.includes(format))
    return bffError(404, "not_found", `No event extract as "${params.format}": use csv or ndjson.`);
  const parsed = parseSearchQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return bffError(400, "invalid_parameter", parsed.problem.message, undefined, parsed.problem.param);
  const { filter, sort } = parsed.request;
  // The first answer is awaited before answering, so an upstream problem is still a clean JSON error.
  const upstream = await call((token) => trackApi.exportEvents(token, { filter, sort, format }, request.signal));
  const total = upstream.headers.get("x-total-count");
  const name = exportFileName(parsed.request, new Date(now())).replace(/^transactions/, "events");
  return new Response(format === "csv" ? withPrefix(BOM, upstream.body!) : upstream.body, {
    headers: {
      "content-type": EVENT_EXTRACT_MEDIA_TYPES[format],
      "content-disposition": `attachment; filename="${name.replace(/\.csv$/, `.${format}`)}"`,
      "cache-control": "no-store, no-transform",
      ...(total ? { "x-total-count": total } : {}),
    },
  });
});
