export { POST } from "@/lib/track-api/routes/export";

export const dynamic = "force-dynamic";
