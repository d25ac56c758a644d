import { coordination } from "@/lib/cluster";
import type { TenantStore } from "@/lib/track-api/store";

type IngestResult = Awaited<ReturnType<TenantStore["ingest"]>>;

/**
 * Tells every instance that `tenantId`'s data changed (after the commit), so the live views of the
 * tenant probe at once instead of at their next poll: a browser on another instance sees the event
 * within the same second or two. Nothing to tell when every event was a duplicate.
 */
export function announceIngest(tenantId: string, result: IngestResult): IngestResult {
  if (result.accepted > 0) void coordination().bus.publish({ type: "ingested", tenant: tenantId });
  return result;
}
