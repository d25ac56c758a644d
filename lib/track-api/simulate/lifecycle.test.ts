import { describe, expect, it } from "vitest";
import { ERROR_TYPES } from "@/lib/domain/enums";
import { ingestEventSchema } from "@/lib/track-api/ingest/schema";
import { generateTransaction, type GeneratedTransaction } from "./lifecycle";
import { buildProfile } from "./profiles";
import { Rng } from "./rng";

const profile = buildProfile("acme", 1);
const T0 = Date.UTC(2026, 2, 10, 8);

function generate(seed: number, n: number): GeneratedTransaction[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, (_, i) => generateTransaction(rng, profile, T0 + i * 30_000, i + 1));
}

const txs = generate(11, 20_000);
const has = (tx: GeneratedTransaction, type: string) => tx.events.some((e) => e.type === type);
const share = (pred: (tx: GeneratedTransaction) => boolean) => txs.filter(pred).length / txs.length;
const DELIVERY = ["DELIVERED", "EMAIL_SENT", "PRINTED"];

describe("generateTransaction", () => {
  it("is deterministic for a seed and differs for another", () => {
    expect(generate(5, 200)).toEqual(generate(5, 200));
    expect(generate(5, 200).map((t) => t.transactionId)).not.toEqual(generate(6, 200).map((t) => t.transactionId));
  });

  it("produces events that all pass the ingest schema, with unique ids", () => {
    const events = txs.flatMap((tx) => tx.events);
    const invalid = events.filter((e) => !ingestEventSchema.safeParse(e).success);
    expect(invalid).toEqual([]);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    expect(new Set(txs.map((t) => t.transactionId)).size).toBe(txs.length);
    expect(txs.filter((tx) => tx.events.some((e) => e.transactionId !== tx.transactionId))).toEqual([]);
  });

  it("starts with RECEIVED carrying the metadata and never goes back in time", () => {
    const problems: string[] = [];
    for (const tx of txs) {
      const [first, ...rest] = tx.events;
      if (first.type !== "RECEIVED" || first.transaction?.receivedAt !== first.occurredAt)
        problems.push(`${tx.transactionId} start`);
      if (rest.some((e) => e.transaction !== undefined)) problems.push(`${tx.transactionId} metadata later`);
      tx.events.forEach((e, i) => {
        const t = Date.parse(e.occurredAt);
        if (t !== tx.times[i]) problems.push(`${e.eventId} times`);
        if (i > 0 && t < tx.times[i - 1]) problems.push(`${e.eventId} goes back`);
      });
    }
    expect(problems).toEqual([]);
  });

  it("keeps error and rejection rates near 4% and 2%, with some errors reprocessed to delivery", () => {
    const errors = share((tx) => has(tx, "ERROR"));
    const rejected = share((tx) => has(tx, "VALIDATION_FAILED") || has(tx, "REJECTED"));
    expect(errors).toBeGreaterThan(0.03);
    expect(errors).toBeLessThan(0.05);
    expect(rejected).toBeGreaterThan(0.01);
    expect(rejected).toBeLessThan(0.03);
    const recovered = txs.filter((tx) => has(tx, "REPROCESSED"));
    expect(recovered.length).toBeGreaterThan(0);
    expect(recovered.length).toBeLessThan(txs.filter((tx) => has(tx, "ERROR")).length);
    expect(recovered.every((tx) => DELIVERY.some((t) => has(tx, t)))).toBe(true);
  });

  it("marks errors with an error type and realistic message, rejections with a rule or a response", () => {
    const errors = txs.flatMap((tx) => tx.events.filter((e) => e.type === "ERROR").map((e) => ({ tx, e })));
    expect(
      errors.filter(({ e }) => e.level !== "ERROR" || !(ERROR_TYPES as readonly unknown[]).includes(e.errorCode)),
    ).toEqual([]);
    const unknown = errors.filter(
      ({ tx, e }) => e.errorCode === "UNKNOWN_RECIPIENT" && tx.route.outChannel === "peppol",
    );
    expect(unknown.length).toBeGreaterThan(0);
    for (const { tx, e } of unknown) expect(e.message).toBe(`Unknown recipient ${tx.route.receiver.id} in Peppol SMP`);

    const failed = txs.flatMap((tx) => tx.events.filter((e) => e.type === "VALIDATION_FAILED").map((e) => ({ tx, e })));
    expect(failed.filter(({ e }) => e.level !== "ERROR" || e.errorCode !== "VALIDATION_ERROR")).toEqual([]);
    const bis = failed.filter(({ tx }) => tx.route.documentType === "invoice" && tx.route.format === "peppolBis3");
    expect(bis.length).toBeGreaterThan(0);
    for (const { e } of bis) expect(e.message).toMatch(/^\[(BR|PEPPOL)-[A-Z0-9-]+\] /);
    expect(failed.some(({ e }) => e.message?.startsWith("[BR-CO-15] Invoice total amount with VAT"))).toBe(true);

    const byRecipient = txs.filter((tx) => tx.events.some((e) => e.businessStatus === "rejected"));
    expect(byRecipient.length).toBeGreaterThan(0);
    for (const tx of byRecipient) {
      const types = tx.events.map((e) => e.type);
      expect(types.indexOf("REJECTED")).toBeGreaterThan(types.findIndex((t) => DELIVERY.includes(t)));
    }
  });

  it("sometimes records business responses after delivery", () => {
    const statuses = new Set(txs.flatMap((tx) => tx.events.map((e) => e.businessStatus).filter(Boolean)));
    expect([...statuses].sort()).toEqual(["accepted", "acknowledged", "inProcess", "paid", "rejected", "underQuery"]);
    expect(share((tx) => has(tx, "MLR_RECEIVED"))).toBeGreaterThan(0.02);
    expect(share((tx) => has(tx, "INVOICE_RESPONSE_RECEIVED"))).toBeGreaterThan(0.05);
  });

  it("leaves a few transactions stuck before delivery", () => {
    const stuck = txs.filter((tx) => !has(tx, "ERROR") && !has(tx, "ARCHIVED"));
    expect(stuck.length / txs.length).toBeGreaterThan(0.002);
    expect(stuck.length / txs.length).toBeLessThan(0.015);
    expect(stuck.some((tx) => tx.events.at(-1)?.type === "SENT")).toBe(true);
    expect(stuck.some((tx) => !has(tx, "ROUTED"))).toBe(true);
  });
});
