export { POST } from "@/lib/track-api/routes/facets";

export const dynamic = "force-dynamic";
