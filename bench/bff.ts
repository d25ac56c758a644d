import { searchRequestSchema } from "@/lib/filters/schema";
import { fetchOk, type CookieJar } from "./http";
import { load, measure, summarize, type Latency } from "./measure";

export interface BffRun {
  name: string;
  /** The BFF query string and the Track API body of the same search. */
  query: string;
  direct: Latency;
  bff: Latency;
  /** p50 of the BFF minus p50 of the Track API, measured interleaved in the same run. */
  overheadP50: number;
  concurrent: { clients: number; direct: Latency; bff: Latency };
}

/** The same search through `/api/transactions` (session cookie) and `POST /track/api/transactions` (bearer). */
export async function benchBff(
  base: string,
  session: CookieJar,
  token: string,
  options = { runs: 300, clients: 32, seconds: 8 },
): Promise<BffRun[]> {
  const searches = [
    { name: "default list (empty filter)", query: "", body: {} },
    { name: "status error", query: "?status=error", body: { status: ["error"] } },
  ];
  const out: BffRun[] = [];
  for (const { name, query, body } of searches) {
    const request = JSON.stringify(searchRequestSchema.parse({ filter: body }));
    const direct = () =>
      fetchOk(`${base}/track/api/transactions`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: request,
      });
    const bff = () => fetchOk(`${base}/api/transactions${query}`, { headers: { cookie: session.header } });
    if (
      (JSON.parse(await direct()) as { total: number }).total !== (JSON.parse(await bff()) as { total: number }).total
    )
      throw new Error(`${name}: BFF and Track API disagree`);
    // Interleaved, so both see the same server state (caches, GC, other load).
    let turn = 0;
    const samples = { direct: [] as number[], bff: [] as number[] };
    await measure(
      async () => {
        const which = turn++ % 2 === 0 ? "direct" : "bff";
        const t = performance.now();
        await (which === "direct" ? direct() : bff());
        samples[which].push(performance.now() - t);
      },
      { warmup: 20, maxRuns: options.runs * 2, minRuns: options.runs * 2, maxMs: 60_000 },
    );
    const d = summarize(samples.direct);
    const b = summarize(samples.bff);
    const concurrent = {
      clients: options.clients,
      direct: await load(direct, options.clients, options.seconds * 1000),
      bff: await load(bff, options.clients, options.seconds * 1000),
    };
    out.push({ name, query: query || "(none)", direct: d, bff: b, overheadP50: b.p50 - d.p50, concurrent });
  }
  return out;
}
