import { eventExtractRequestSchema, eventExtractStream, EVENT_EXTRACT_MEDIA_TYPES } from "@/lib/domain/event-extract";
import { authorize, parseBody } from "@/lib/track-api/http/request";
import { embeddedRoute } from "@/lib/track-api/http/route";

/**
 * The events of every transaction a search matches, as NDJSON or CSV, streamed as they are read
 * (`x-total-count` carries the number of matching transactions when the extract started, unless only
 * a lower bound is known). An extension of the embedded Track API, beside the transaction export.
 */
export const POST = embeddedRoute(async (request) => {
  const { store } = await authorize(request, "track");
  const body = await parseBody(request, eventExtractRequestSchema);
  const { transactions, texts } = await store.exportEvents(body);
  return new Response(eventExtractStream(texts, body.format), {
    headers: {
      "content-type": EVENT_EXTRACT_MEDIA_TYPES[body.format],
      ...(transactions === null ? {} : { "x-total-count": String(transactions) }),
      "cache-control": "no-store, no-transform",
    },
  });
});
