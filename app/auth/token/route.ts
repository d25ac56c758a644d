export { POST } from "@/lib/track-api/routes/token";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
