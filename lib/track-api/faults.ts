import { z } from "zod";

/**
 * Fault injection for end-to-end tests of upstream trouble (slow answers, 503s, expired tokens).
 * Only active when TRACK_FAULTS=1.
 */
export const faultSchema = z.strictObject({
  /** How many upcoming transaction requests the fault applies to. */
  times: z.int().min(0).max(1000),
  delayMs: z.int().min(0).max(60_000).default(0),
  status: z.union([z.literal(401), z.literal(500), z.literal(502), z.literal(503)]).optional(),
  /** A top-level field left out of the JSON answers (an upstream whose answer breaks the contract). */
  omit: z.string().min(1).max(100).optional(),
  /** Which requests: the transaction routes by default, or e.g. "/auth/token". */
  path: z.string().startsWith("/").default("/track/api/transactions"),
});
export type Fault = z.infer<typeof faultSchema>;

const state = globalThis as unknown as { __trackFault?: Fault & { remaining: number } };

export const faultsEnabled = () => process.env.TRACK_FAULTS === "1";

export function setFault(fault: Fault): void {
  state.__trackFault = { ...fault, remaining: fault.times };
}

/** The answer with the fault's `omit` field left out, when it is a JSON object answer. */
export async function withoutField(response: Response, fault: Fault | null): Promise<Response> {
  if (!fault?.omit || !response.headers.get("content-type")?.includes("application/json")) return response;
  const body = (await response.json()) as Record<string, unknown>;
  delete body[fault.omit];
  return Response.json(body, { status: response.status, headers: response.headers });
}

/** The fault for this request, if one is armed (and counts it down). */
export function takeFault(pathname: string): Fault | null {
  const fault = state.__trackFault;
  if (!faultsEnabled() || !fault || fault.remaining <= 0 || !pathname.startsWith(fault.path)) return null;
  fault.remaining -= 1;
  return fault;
}

const counters = globalThis as unknown as {
  __trackRequests?: { byPath: Record<string, number>; liveLoops: Set<string> };
};
const requests = () => (counters.__trackRequests ??= { byPath: {}, liveLoops: new Set() });

/** Counts Track API requests (tests only), including which BFF live loops polled. */
export function recordRequest(pathname: string, liveLoop: string | null): void {
  if (!faultsEnabled()) return;
  const r = requests();
  r.byPath[pathname] = (r.byPath[pathname] ?? 0) + 1;
  if (liveLoop) r.liveLoops.add(liveLoop);
}

export function requestCounts(reset = false): { byPath: Record<string, number>; liveLoops: string[] } {
  const r = requests();
  const snapshot = { byPath: { ...r.byPath }, liveLoops: [...r.liveLoops] };
  if (reset) counters.__trackRequests = { byPath: {}, liveLoops: new Set() };
  return snapshot;
}
