export { GET } from "@/lib/track-api/routes/test/clock";

export const dynamic = "force-dynamic";
