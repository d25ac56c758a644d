import { inflightCount, openStreams } from "@/lib/server/lifecycle";
import { readiness } from "@/lib/server/readiness";

export const dynamic = "force-dynamic";

/**
 * Readiness for a load balancer: 200 `{status:"ready"}`, or 503 while starting, draining or without a
 * database; with the open live streams and in-flight ingest requests, to watch a drain. No session
 * needed. `x-track-instance` names the instance (INSTANCE_ID) when set. Liveness is /api/health.
 */
export async function GET() {
  const status = await readiness();
  const headers = new Headers({ "cache-control": "no-store" });
  const instance = process.env.INSTANCE_ID;
  if (instance) headers.set("x-track-instance", instance);
  const body = { status, streams: openStreams(), inflight: inflightCount() };
  return Response.json(body, { status: status === "ready" ? 200 : 503, headers });
}
