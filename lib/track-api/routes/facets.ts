import { now as clockNow } from "@/lib/clock";
import { facetsRequestSchema } from "@/lib/filters/facets-schema";
import { authorize, parseBody } from "@/lib/track-api/http/request";
import { embeddedRoute, json } from "@/lib/track-api/http/route";

/** `POST /track/api/transactions/facets`: the count of each enumerated field's values (role track, like search). */
export const POST = embeddedRoute(async (request) => {
  const { store } = await authorize(request, "track");
  const body = await parseBody(request, facetsRequestSchema);
  return json(await store.facets(body, clockNow()));
});
