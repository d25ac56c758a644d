import { searchRequestSchema } from "@/lib/filters/schema";
import { authorize, parseBody } from "@/lib/track-api/http/request";
import { embeddedRoute, json } from "@/lib/track-api/http/route";

export const POST = embeddedRoute(async (request) => {
  const { store } = await authorize(request, "track");
  const body = await parseBody(request, searchRequestSchema);
  return json(await store.search(body));
});
