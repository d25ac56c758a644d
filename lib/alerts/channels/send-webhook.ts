import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { retryableStatus } from "./backoff";
import { checkedAddress, ForbiddenTargetError } from "./resolve-target";
import { signatureHeaders } from "./signature";

/** How one attempt went: sent, failed for good, or worth another try later. */
export interface AttemptResult {
  outcome: "sent" | "failed" | "retry";
  statusCode: number | null;
  error: string | null;
}

export interface WebhookRequest {
  url: string;
  body: string;
  secret: string;
  deliveryId: string;
  at: number;
  allowPrivate: boolean;
  timeoutMs: number;
}

/**
 * POSTs a signed webhook to the address its host resolves to now, after checking that address;
 * the connection goes to that address only (its name still in Host and TLS). Redirects are not
 * followed; 2xx is sent, other 4xx failed, 5xx/408/429, timeouts and network errors retried.
 */
export async function sendWebhook(
  request: WebhookRequest,
  lookup?: Parameters<typeof checkedAddress>[2],
): Promise<AttemptResult> {
  const url = new URL(request.url);
  let pinned: { address: string; family: 4 | 6 };
  try {
    pinned = await checkedAddress(url.hostname, request.allowPrivate, lookup);
  } catch (error) {
    // A refused address stays refused; a name that does not resolve may later.
    const forbidden = error instanceof ForbiddenTargetError;
    return { outcome: forbidden ? "failed" : "retry", statusCode: null, error: (error as Error).message };
  }
  const pinnedLookup = ((_host, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  }) as LookupFunction;
  const client = url.protocol === "https:" ? https : http;
  return new Promise<AttemptResult>((resolve) => {
    const req = client.request(
      url,
      {
        method: "POST",
        agent: false,
        lookup: pinnedLookup,
        timeout: request.timeoutMs,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(request.body),
          "user-agent": "TrackMonitor-Webhook/1",
          "x-track-delivery": request.deliveryId,
          ...signatureHeaders(request.secret, request.body, request.at),
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          if (text.length < 200) text += chunk;
        });
        res.on("error", () => undefined);
        res.on("end", () => resolve(answer(status, text)));
        res.on("close", () => resolve(answer(status, text)));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${request.timeoutMs} ms`)));
    req.on("error", (error) => resolve({ outcome: "retry", statusCode: null, error: error.message }));
    req.end(request.body);
  });
}

function answer(status: number, text: string): AttemptResult {
  if (status >= 200 && status < 300) return { outcome: "sent", statusCode: status, error: null };
  if (status >= 300 && status < 400)
    return { outcome: "failed", statusCode: status, error: `answered ${status}: redirects are not followed` };
  const said = text.trim().replace(/\s+/g, " ").slice(0, 200);
  return {
    outcome: retryableStatus(status) ? "retry" : "failed",
    statusCode: status,
    error: `answered ${status}${said ? `: ${said}` : ""}`,
  };
}
