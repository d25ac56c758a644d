export { GET, POST } from "@/lib/track-api/routes/test/faults";

export const dynamic = "force-dynamic";
