export { POST } from "@/lib/track-api/routes/stats";

export const dynamic = "force-dynamic";
