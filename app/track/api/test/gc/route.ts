export { POST } from "@/lib/track-api/routes/test/gc";

export const dynamic = "force-dynamic";
