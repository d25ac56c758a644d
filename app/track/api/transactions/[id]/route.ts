export { GET } from "@/lib/track-api/routes/transaction";

export const dynamic = "force-dynamic";
