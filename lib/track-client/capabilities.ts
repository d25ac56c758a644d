import "server-only";
import { config } from "@/lib/config";
import { trackClientConfig } from "./config";
import { send } from "./transport";

/**
 * The endpoints the dashboard uses beyond the documented token and search ones (the public Track API
 * description has only those two): a real host may lack any of them. Each is probed without a token
 * at a placeholder address, which a present endpoint refuses (401) and an absent one does not know.
 */
export const OPTIONAL_ENDPOINTS = {
  transaction: { method: "GET", path: "/track/api/transactions/{id}" },
  file: { method: "GET", path: "/track/api/transactions/{id}/files/{fileId}" },
  stats: { method: "POST", path: "/track/api/transactions/stats" },
  facets: { method: "POST", path: "/track/api/transactions/facets" },
  health: { method: "GET", path: "/track/api/health" },
  eventExport: { method: "POST", path: "/track/api/events/export" },
} as const;

export type OptionalEndpoint = keyof typeof OPTIONAL_ENDPOINTS;

/** How long what a probe found is believed; an unknown answer (5xx, no answer) is asked again sooner. */
export const CAPABILITY_TTL_MS = 10 * 60_000;
export const UNKNOWN_RETRY_MS = 30_000;

/** `GET /track/api/health` as the dashboard names it in messages: method and path. */
export const describeEndpoint = (name: OptionalEndpoint) =>
  `${OPTIONAL_ENDPOINTS[name].method} ${OPTIONAL_ENDPOINTS[name].path}`;

interface Known {
  present: boolean | null;
  until: number;
}

// NOTE: on globalThis because Next.js may bundle this module once per route; one process, one answer.
const state = globalThis as unknown as {
  __trackCapabilities?: Map<OptionalEndpoint, Known>;
  __trackCapabilityProbes?: Map<OptionalEndpoint, Promise<boolean | null>>;
};
const known = () => (state.__trackCapabilities ??= new Map());
const probes = () => (state.__trackCapabilityProbes ??= new Map());

/**
 * Whether the upstream has an endpoint: true or false, or null when the probe got no clear answer
 * (the caller then tries the endpoint, or says it cannot tell). Embedded mode has every endpoint.
 */
export async function upstreamHas(name: OptionalEndpoint, now = Date.now()): Promise<boolean | null> {
  if (config.embedded) return true;
  const entry = known().get(name);
  if (entry && entry.until > now) return entry.present;
  const running = probes().get(name);
  if (running) return running;
  const probe = probeEndpoint(name).then((present) => {
    remember(name, present, now);
    return present;
  });
  probes().set(name, probe);
  try {
    return await probe;
  } finally {
    probes().delete(name);
  }
}

/** Records an endpoint found absent by a real call (a 404 or 405 where the probe saw it present). */
export function recordAbsent(name: OptionalEndpoint, now = Date.now()): void {
  if (!config.embedded) remember(name, false, now);
}

/** Forgets what the probes found (tests). */
export function forgetCapabilities(): void {
  known().clear();
  probes().clear();
}

function remember(name: OptionalEndpoint, present: boolean | null, now: number): void {
  const before = known().get(name)?.present;
  known().set(name, { present, until: now + (present === null ? UNKNOWN_RETRY_MS : CAPABILITY_TTL_MS) });
  if (present === false && before !== false)
    console.warn(`[track-client] the Track API has no ${describeEndpoint(name)}; the dashboard does without it`);
}

const PLACEHOLDER = "capability-probe";

async function probeEndpoint(name: OptionalEndpoint): Promise<boolean | null> {
  const { method, path } = OPTIONAL_ENDPOINTS[name];
  const url = `${trackClientConfig.baseUrl}${path.replace(/\{\w+\}/g, PLACEHOLDER)}`;
  try {
    const response = await send(url, {
      method,
      headers: { accept: "application/json", ...(method === "POST" ? { "content-type": "application/json" } : {}) },
      body: method === "POST" ? "{}" : undefined,
      cache: "no-store",
      signal: AbortSignal.timeout(trackClientConfig.timeoutMs),
    });
    await response.body?.cancel();
    if (response.status === 404 || response.status === 405) return false;
    if (response.status >= 500) return null;
    return true;
  } catch {
    return null;
  }
}
