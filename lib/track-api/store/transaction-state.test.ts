import { describe, expect, it } from "vitest";
import { BUSINESS_STATUSES, ERROR_TYPES, EVENT_LEVELS, EVENT_TYPES } from "@/lib/domain/enums";
import { Rng } from "@/lib/track-api/simulate";
import { compareEvents, continueState, deriveState, type DerivableEvent } from "./transaction-state";
import { rowOfState, stateOfRow } from "./state-to-row";

const T0 = Date.parse("2026-11-20T08:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString();

/** Metadata with a random subset of the keys; values from small sets, so later events overwrite earlier ones. */
function metadata(rng: Rng): string {
  const party = () => ({ id: `0037:${rng.int(1, 3)}`, name: `Party ${rng.int(1, 3)} Oy` });
  const all: Record<string, () => unknown> = {
    documentType: () => rng.pick(["invoice", "order"]),
    documentNumber: () => `INV-${rng.int(1, 3)}`,
    direction: () => rng.pick(["inbound", "outbound"]),
    inChannel: () => rng.pick(["peppol", "email"]),
    outChannel: () => rng.pick(["peppol", "print"]),
    format: () => rng.pick(["ubl21", "pdf"]),
    sender: party,
    receiver: party,
    businessPartner: party,
    serviceProfile: () => rng.pick(["A", "B"]),
    amount: () => (rng.chance(0.3) ? null : rng.int(1, 99_999) / 100),
    currency: () => (rng.chance(0.3) ? null : "EUR"),
    receivedAt: () => iso(T0 + rng.int(-5, 40) * 1_000),
    slaDueAt: () => (rng.chance(0.3) ? null : iso(T0 + rng.int(0, 9) * 3_600_000)),
    attachments: () => rng.int(0, 3),
  };
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(all)
        .filter(() => rng.chance(0.5))
        .map(([k, f]) => [k, f()]),
    ),
  );
}

/** One transaction's events: any type, times with ties, error codes known or not, metadata on some. */
function randomEvents(rng: Rng, n: number): DerivableEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${rng.int(0, 9)}${i}`,
    occurred_at: T0 + rng.int(0, 30) * 1_000,
    type: rng.pick(EVENT_TYPES),
    level: rng.pick(EVENT_LEVELS),
    message: rng.chance(0.5) ? null : `m${rng.int(1, 3)}`,
    error_code: rng.chance(0.5) ? null : rng.chance(0.8) ? rng.pick(ERROR_TYPES) : "OTHER",
    business_status: rng.chance(0.7) ? null : rng.pick(BUSINESS_STATUSES),
    metadata: rng.chance(0.3) ? metadata(rng) : null,
  }));
}

/**
 * Replays the events in batches as ingestion does: a new transaction is derived from its first
 * batch, a stored one continued from its row when continueState allows, else derived from all its
 * events. After every batch the row must equal the one derived from all events so far.
 */
function replay(events: DerivableEvent[], batches: DerivableEvent[][], id = "tx-1") {
  let row: ReturnType<typeof rowOfState> | null = null;
  const stored: DerivableEvent[] = [];
  let continued = 0;
  for (const batch of batches) {
    // As the store does: an event id is taken once, within a batch and across batches.
    const ids = new Set(stored.map((e) => e.id));
    const added = batch.filter((e) => !ids.has(e.id) && ids.add(e.id));
    if (added.length === 0) continue;
    stored.push(...added);
    const state = row ? continueState(stateOfRow(row), added) : deriveState(added);
    if (row && state) continued++;
    row = rowOfState("acme", id, 1, state ?? deriveState(stored));
    expect(row).toEqual(rowOfState("acme", id, 1, deriveState(stored)));
  }
  expect(stored.length).toBe(new Set(events.map((e) => e.id)).size);
  return continued;
}

function split<T>(rng: Rng, items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length;) {
    const size = rng.int(1, 4);
    out.push(items.slice(i, i + size));
    i += size;
  }
  return out;
}

describe("continueState", () => {
  it("gives back a stored row from the state read from it", () => {
    const rng = new Rng("derive-row");
    for (let i = 0; i < 300; i++) {
      const row = rowOfState("acme", "tx-1", 1, deriveState(randomEvents(rng, rng.int(1, 8))));
      expect(rowOfState("acme", "tx-1", 1, stateOfRow(row))).toEqual(row);
    }
  });

  it("equals the full fold for events arriving in time order, in batches", () => {
    const rng = new Rng("derive-live");
    let continued = 0;
    for (let i = 0; i < 400; i++) {
      const events = randomEvents(rng, rng.int(1, 10)).sort(compareEvents);
      continued += replay(events, split(rng, events));
    }
    // Most later batches continue the stored state instead of deriving it again.
    expect(continued).toBeGreaterThan(200);
  });

  it("equals the full fold for events in any order, with duplicates and replays", () => {
    const rng = new Rng("derive-any");
    let continued = 0;
    for (let i = 0; i < 600; i++) {
      const events = randomEvents(rng, rng.int(1, 10));
      const arrival = [...events].sort(() => rng.next() - 0.5);
      if (rng.chance(0.5)) arrival.push(...arrival.slice(0, rng.int(1, 3)));
      const batches = split(rng, arrival);
      if (rng.chance(0.3)) batches.push(rng.pick(batches));
      continued += replay(events, batches);
    }
    expect(continued).toBeGreaterThan(50);
  });

  it("declines when a new event is not strictly later, or may move receivedAt", () => {
    const base = { level: "INFO", message: null, error_code: null, business_status: null, metadata: null };
    const stored = [{ ...base, id: "a", occurred_at: T0, type: "VALIDATED" }];
    const state = deriveState(stored);
    expect(continueState(state, [{ ...base, id: "b", occurred_at: T0, type: "ROUTED" }])).toBeNull();
    expect(continueState(state, [{ ...base, id: "b", occurred_at: T0 + 1, type: "RECEIVED" }])).toBeNull();
    const meta = JSON.stringify({ receivedAt: iso(T0 - 5_000) });
    expect(
      continueState(state, [{ ...base, id: "b", occurred_at: T0 + 1, type: "ROUTED", metadata: meta }]),
    ).toBeNull();
    expect(continueState(state, [{ ...base, id: "b", occurred_at: T0 + 1, type: "ROUTED" }])?.status).toBe("sending");
  });
});
