export { GET } from "@/lib/track-api/routes/open-api-spec";

export const dynamic = "force-dynamic";
