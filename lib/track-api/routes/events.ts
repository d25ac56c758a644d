import { trackInflight } from "@/lib/server/lifecycle";
import { announceIngest } from "@/lib/track-api/ingest/announce";
import { assertPlausibleTimes } from "@/lib/track-api/ingest/plausible-times";
import { ingestRequestSchema } from "@/lib/track-api/ingest/schema";
import { authorize, parseBody } from "@/lib/track-api/http/request";
import { embeddedRoute, json } from "@/lib/track-api/http/route";

/** A full batch (MAX_INGEST_BATCH events with their metadata) fits several times over. */
const MAX_INGEST_BODY_BYTES = 32 * 1024 * 1024;

/** Ingests a batch of events (role `ingest`); a shutdown waits for a batch in flight to be stored and answered. */
export const POST = embeddedRoute((request) =>
  trackInflight(async () => {
    const { principal, store } = await authorize(request, "ingest");
    const { events } = await parseBody(request, ingestRequestSchema, MAX_INGEST_BODY_BYTES);
    assertPlausibleTimes(events);
    return json(announceIngest(principal.tenantId, await store.ingest(events)), { status: 202 });
  }),
);
