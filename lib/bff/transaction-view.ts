import "server-only";
import { config } from "@/lib/config";
import type { DrillDownGap, TransactionView } from "@/lib/domain/transaction";
import { trackApi } from "@/lib/track-client/api";
import { recordAbsent, upstreamHas } from "@/lib/track-client/capabilities";
import { TrackApiError } from "@/lib/track-client/errors";

const notFound = (id: string) => new TrackApiError(404, "not_found", `Transaction ${id} not found`);

/**
 * A transaction's drill-down: the upstream's detail where it has the endpoint; else the row from a
 * search by id, without events or files (named in `unavailable`, for the page to say so). A detail
 * endpoint that answers 404 or 405 for a row the search finds is taken for absent.
 */
export async function transactionView(token: string, id: string): Promise<TransactionView> {
  const detail = await upstreamHas("transaction");
  if (detail !== false) {
    try {
      const found = await trackApi.transaction(token, id);
      const unavailable: DrillDownGap[] = (await upstreamHas("file")) === false ? ["files"] : [];
      return unavailable.length ? { ...found, unavailable } : found;
    } catch (error) {
      const absent = error instanceof TrackApiError && (error.status === 404 || error.status === 405);
      if (config.embedded || !absent) throw error;
    }
  }
  const row = await trackApi.findById(token, id);
  if (!row) throw notFound(id);
  if (detail !== false) recordAbsent("transaction");
  return { ...row, events: [], files: [], unavailable: ["events", "files"] };
}
