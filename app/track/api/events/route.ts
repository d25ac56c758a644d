import { assertPlausibleTimes } from "@/lib/track-api/ingest/plausible-times";
import { ingestRequestSchema } from "@/lib/track-api/ingest/schema";
import { authorize, parseBody } from "@/lib/track-api/http/request";
import { embeddedRoute, json } from "@/lib/track-api/http/route";

export const dynamic = "force-dynamic";

export const POST = embeddedRoute(async (request) => {
  const { store } = await authorize(request, "ingest");
  const { events } = await parseBody(request, ingestRequestSchema);
  assertPlausibleTimes(events);
  return json(await store.ingest(events), { status: 202 });
});
