import { handleTokenRequest } from "@/lib/track-api/auth/token-endpoint";
import { embeddedRoute } from "@/lib/track-api/http/route";
import { getDb } from "@/lib/track-api/store/db";

// OAuth errors are answered inside handleTokenRequest in the RFC 6749 shape; embeddedRoute only
// adds the remote-mode 404 and turns the unexpected into a logged 500.
export const POST = embeddedRoute(async (request) => handleTokenRequest(await getDb(), request));
