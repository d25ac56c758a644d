import { handleRevocationRequest } from "@/lib/track-api/auth/revocation-endpoint";
import { embeddedRoute } from "@/lib/track-api/http/route";
import { getDb } from "@/lib/track-api/store/db";

// OAuth errors are answered inside handleRevocationRequest in the RFC 6749 shape.
export const POST = embeddedRoute(async (request) => handleRevocationRequest(await getDb(), request));
