import "server-only";
import { trackClientConfig } from "./config";
import { send } from "./transport";
import { TrackApiError, upstreamTimeout, upstreamUnavailable } from "./errors";

export interface CallOptions {
  method?: "GET" | "POST";
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Reads (idempotent) are retried on 5xx, network errors and timeouts; writes never are. */
  retries?: number;
  signal?: AbortSignal;
}

const BACKOFF_MS = [200, 600];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls the Track API with a per-attempt timeout and bounded retries with backoff. Upstream 4xx
 * answers become a TrackApiError carrying the upstream message and field; the raw Response is
 * returned on success so callers can stream it.
 */
export async function callTrackApi(path: string, options: CallOptions = {}): Promise<Response> {
  const { method = "GET", token, body, headers = {}, retries = 0, signal } = options;
  const url = `${trackClientConfig.baseUrl}${path}`;
  let lastError: TrackApiError = upstreamUnavailable("no answer");
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(BACKOFF_MS[Math.min(attempt - 1, BACKOFF_MS.length - 1)]);
    const timeout = AbortSignal.timeout(trackClientConfig.timeoutMs);
    let response: Response;
    try {
      response = await send(url, {
        method,
        headers: {
          accept: "application/json",
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        cache: "no-store",
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      lastError = timeout.aborted ? upstreamTimeout() : upstreamUnavailable("connection failed");
      continue;
    }
    if (response.ok) return response;
    if (response.status >= 500) {
      await response.body?.cancel();
      lastError = upstreamUnavailable(`status ${response.status}`);
      continue;
    }
    throw await toClientError(response);
  }
  throw lastError;
}

async function toClientError(response: Response): Promise<TrackApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { message?: string; code?: string; field?: string };
  } | null;
  const message = body?.error?.message ?? `The Track API answered ${response.status}`;
  return new TrackApiError(
    response.status,
    body?.error?.code ?? `upstream_${response.status}`,
    message,
    body?.error?.field,
  );
}
