export { GET } from "@/lib/track-api/routes/certs";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
