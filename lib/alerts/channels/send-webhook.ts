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
    let got: { status: number; text: string } | undefined;
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
        const current = (got = { status: res.statusCode ?? 0, text: "" });
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          current.text += chunk;
          // The status is the answer; a little of the body explains a failure, and no more is read.
          if (current.text.length >= 200) res.destroy();
        });
        res.on("error", () => undefined);
        res.on("end", () => resolve(answer(current.status, current.text)));
        res.on("close", () => resolve(answer(current.status, current.text)));
      },
    );
    // `timeout` is per silence on the socket; this bounds the whole exchange of a slow dripping receiver too.
    const deadline = setTimeout(
      () => req.destroy(new Error(`no answer within ${request.timeoutMs} ms`)),
      request.timeoutMs,
    );
    req.on("close", () => clearTimeout(deadline));
    req.on("timeout", () => req.destroy(new Error(`no answer within ${request.timeoutMs} ms`)));
    req.on("error", (error) =>
      // Cut off after the status line arrived, the status is still the receiver's answer.
      resolve(got ? answer(got.status, got.text) : { outcome: "retry", statusCode: null, error: error.message }),
    );
    req.end(request.body);
  });
}

function answer(status: number, body: string): AttemptResult {
  const text = body.slice(0, 200);
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
