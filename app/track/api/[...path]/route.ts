export { DELETE, GET, PATCH, POST, PUT } from "@/lib/track-api/routes/unknown";

export const dynamic = "force-dynamic";
