/**
 * The embedded Track API's endpoints by name: the in-process router (routes/index.ts) matches them,
 * and TRACK_API_ENDPOINTS (tests only) turns all but the listed ones off.
 */
export const ENDPOINTS = {
  token: { method: "POST", path: /^\/auth\/token$/ },
  revoke: { method: "POST", path: /^\/auth\/revoke$/ },
  userinfo: { method: "GET", path: /^\/auth\/userinfo$/ },
  certs: { method: "GET", path: /^\/auth\/certs$/ },
  openidConfiguration: { method: "GET", path: /^\/auth\/openid-configuration$/ },
  search: { method: "POST", path: /^\/track\/api\/transactions$/ },
  export: { method: "POST", path: /^\/track\/api\/transactions\/export$/ },
  stats: { method: "POST", path: /^\/track\/api\/transactions\/stats$/ },
  facets: { method: "POST", path: /^\/track\/api\/transactions\/facets$/ },
  transaction: { method: "GET", path: /^\/track\/api\/transactions\/(?<id>[^/]+)$/ },
  file: { method: "GET", path: /^\/track\/api\/transactions\/(?<id>[^/]+)\/files\/(?<fileId>[^/]+)$/ },
  events: { method: "POST", path: /^\/track\/api\/events$/ },
  eventExport: { method: "POST", path: /^\/track\/api\/events\/export$/ },
  health: { method: "GET", path: /^\/track\/api\/health$/ },
  openApiSpec: { method: "GET", path: /^\/track\/api\/open-api-spec\.json$/ },
  docs: { method: "GET", path: /^\/track\/api\/docs$/ },
} as const satisfies Record<string, { method: "GET" | "POST"; path: RegExp }>;

export type EndpointName = keyof typeof ENDPOINTS;
const NAMES = Object.keys(ENDPOINTS) as EndpointName[];

/**
 * The endpoints TRACK_API_ENDPOINTS leaves on (comma-separated names), or null when all are on: unset,
 * or without TRACK_FAULTS=1, since it only makes a test upstream that lacks endpoints.
 */
export function enabledEndpoints(env: NodeJS.ProcessEnv = process.env): Set<EndpointName> | null {
  const value = env.TRACK_API_ENDPOINTS?.trim();
  if (!value || env.TRACK_FAULTS !== "1") return null;
  const names = value.split(",").map((name) => name.trim());
  const unknown = names.filter((name) => !(NAMES as string[]).includes(name));
  if (unknown.length)
    throw new Error(`TRACK_API_ENDPOINTS names no endpoint "${unknown[0]}"; the endpoints are ${NAMES.join(", ")}`);
  return new Set(names as EndpointName[]);
}

/** The endpoint a request addresses, or null for any other address (the test routes among them). */
export function endpointOf(method: string, pathname: string): EndpointName | null {
  return NAMES.find((name) => ENDPOINTS[name].method === method && ENDPOINTS[name].path.test(pathname)) ?? null;
}

/** Whether a request addresses an endpoint that TRACK_API_ENDPOINTS turned off. */
export function endpointTurnedOff(method: string, pathname: string): boolean {
  const enabled = enabledEndpoints();
  if (!enabled) return false;
  const name = endpointOf(method, pathname);
  return name !== null && !enabled.has(name);
}
