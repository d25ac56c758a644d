import { notFound } from "@/lib/track-api/http/errors";
import { embeddedRoute } from "@/lib/track-api/http/route";

/** Any other Track API address: a JSON 404 in the Track API's error shape. */
const unknown = embeddedRoute(async () => {
  throw notFound("There is no such Track API address");
});

export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };
