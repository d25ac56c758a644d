import { authenticate } from "@/lib/track-api/auth/principal";
import { userInfo } from "@/lib/track-api/auth/userinfo";
import { embeddedRoute, json } from "@/lib/track-api/http/route";
import { getDb } from "@/lib/track-api/store/db";

/** The signed-in user's claims, for the bearer of an access token. */
export const GET = embeddedRoute(async (request) => json(await userInfo(await getDb(), await authenticate(request))));
