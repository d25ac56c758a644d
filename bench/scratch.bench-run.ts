import { it } from "vitest";
import { generateHistory } from "@/lib/track-api/simulate";
it("gen speed", () => {
  const t = performance.now();
  let n = 0, tx = new Set<string>();
  for (const b of generateHistory({ tenantId: "acme", seed: "bench", count: 50_000, now: Date.parse("2026-11-27T12:00:00Z") })) { n += b.length; for (const e of b) tx.add(e.transactionId); }
  console.log("events", n, "tx", tx.size, "ms", performance.now() - t);
});
