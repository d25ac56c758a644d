export { POST } from "@/lib/track-api/routes/event-export";

export const dynamic = "force-dynamic";
