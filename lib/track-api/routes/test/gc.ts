import { faultsEnabled } from "@/lib/track-api/faults";
import { notFound } from "@/lib/track-api/http/errors";
import { embeddedRoute, json } from "@/lib/track-api/http/route";

/**
 * Runs a full garbage collection when the server was started with `--expose-gc`, and answers the
 * process's memory afterwards (tests and the soak bench only: needs TRACK_FAULTS=1).
 */
export const POST = embeddedRoute(async () => {
  if (!faultsEnabled()) throw notFound();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 2 ** 20);
  return json({
    collected: Boolean(gc),
    rssMb: mb(rss),
    heapUsedMb: mb(heapUsed),
    externalMb: mb(external),
    arrayBuffersMb: mb(arrayBuffers),
  });
});
