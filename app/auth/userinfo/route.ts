export { GET } from "@/lib/track-api/routes/userinfo";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
