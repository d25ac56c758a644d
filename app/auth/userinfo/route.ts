import { authenticate } from "@/lib/track-api/auth/principal";
import { userInfo } from "@/lib/track-api/auth/userinfo";
import { embeddedRoute, json } from "@/lib/track-api/http/route";
import { getDb } from "@/lib/track-api/store/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = embeddedRoute(async (request) => json(await userInfo(await getDb(), await authenticate(request))));
