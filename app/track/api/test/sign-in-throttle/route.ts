export { DELETE } from "@/lib/track-api/routes/test/sign-in-throttle";

export const dynamic = "force-dynamic";
