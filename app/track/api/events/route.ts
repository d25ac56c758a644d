export { POST } from "@/lib/track-api/routes/events";

export const dynamic = "force-dynamic";
