export { POST } from "@/lib/track-api/routes/search";

export const dynamic = "force-dynamic";
