import { fetchOk, type CookieJar } from "./http";
import { summarize, type Latency } from "./measure";

export interface LiveRun {
  view: string;
  pings: number;
  /** From just before the ingest request to the SSE "changed" event at the client. */
  latency: Latency;
  /** Transactions created, so the caller can remove them again. */
  transactionIds: string[];
}

/** Reads server-sent events from a stream and hands each one (name) to `onEvent`. */
export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (name: string) => void) {
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = block
        .split("\n")
        .find((l) => l.startsWith("event: "))
        ?.slice(7);
      if (name) onEvent(name);
    }
  }
}

/**
 * Watches a live view over SSE while ingesting one new transaction at a time through the Track API,
 * and times each ingest until the view's "changed" ping arrives.
 */
export async function benchLive(
  base: string,
  session: CookieJar,
  ingestToken: string,
  pings = 20,
  view = "?range=24h",
  /** Where events are ingested: another instance of a cluster than the one watched, say. */
  ingestBase = base,
): Promise<LiveRun> {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/live${view}`, {
    headers: { cookie: session.header, accept: "text/event-stream" },
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`live: ${response.status} ${await response.text()}`);
  let waiter: ((name: string) => void) | null = null;
  const next = (wanted: string, timeoutMs: number) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`live: no "${wanted}" within ${timeoutMs} ms`)), timeoutMs);
      waiter = (name) => {
        if (name !== wanted) return;
        clearTimeout(timer);
        waiter = null;
        resolve(performance.now());
      };
    });
  const reading = readEvents(response.body, (name) => waiter?.(name)).catch(() => undefined);
  const run = `${Date.now().toString(36)}`;
  const ids: string[] = [];
  const samples: number[] = [];
  try {
    await next("ready", 10_000);
    // Let the shared poll loop take its first fingerprint before anything changes.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (let i = 0; i < pings; i++) {
      const id = `bench-live-${run}-${i}`;
      ids.push(id);
      const now = new Date().toISOString();
      const event = {
        eventId: `${id}:1`,
        transactionId: id,
        occurredAt: now,
        type: "RECEIVED",
        step: "INBOUND",
        level: "INFO",
        transaction: {
          documentType: "invoice",
          documentNumber: `BENCH-${run}-${i}`,
          direction: "inbound",
          inChannel: "peppol",
          outChannel: "api",
          format: "peppolBis3",
          sender: { id: "0037:00000001", name: "Bench Sender Oy" },
          receiver: { id: "0037:00000002", name: "Acme Oy" },
          businessPartner: { id: "0037:00000001", name: "Bench Sender Oy" },
          serviceProfile: "Bench",
          amount: 1,
          currency: "EUR",
          receivedAt: now,
        },
      };
      const changed = next("changed", 15_000);
      const t0 = performance.now();
      await fetchOk(`${ingestBase}/track/api/events`, {
        method: "POST",
        headers: { authorization: `Bearer ${ingestToken}`, "content-type": "application/json" },
        body: JSON.stringify({ events: [event] }),
      });
      samples.push((await changed) - t0);
      // Irregular gaps, so ingests do not line up with the loop's polling phase.
      await new Promise((resolve) => setTimeout(resolve, 700 + ((i * 337) % 900)));
    }
  } finally {
    controller.abort();
    await reading;
  }
  return { view, pings, latency: summarize(samples), transactionIds: ids };
}
