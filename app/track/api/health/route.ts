export { GET } from "@/lib/track-api/routes/health";

export const dynamic = "force-dynamic";
