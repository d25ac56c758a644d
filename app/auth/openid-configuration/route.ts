// Served at /auth/.well-known/openid-configuration through the rewrite in next.config.ts.
export { GET } from "@/lib/track-api/routes/openid-configuration";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
