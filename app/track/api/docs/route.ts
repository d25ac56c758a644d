export { GET } from "@/lib/track-api/routes/docs";

export const dynamic = "force-dynamic";
