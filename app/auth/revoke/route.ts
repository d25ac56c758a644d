export { POST } from "@/lib/track-api/routes/revoke";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
