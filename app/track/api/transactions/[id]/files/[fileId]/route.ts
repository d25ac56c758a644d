export { GET } from "@/lib/track-api/routes/file";

export const dynamic = "force-dynamic";
