import type { SearchResult, Transaction } from "@/lib/domain/transaction";

/** A delivered outbound invoice; `n` varies id and number, overrides set what a test cares about. */
export function sampleTransaction(n = 1, overrides: Partial<Transaction> = {}): Transaction {
  return {
    id: `tx-${n}`,
    documentType: "invoice",
    documentNumber: `INV-${String(n).padStart(4, "0")}`,
    direction: "outbound",
    inChannel: "api",
    outChannel: "peppol",
    format: "peppolBis3",
    sender: { id: "0037:12345678", name: "Acme Oy" },
    receiver: { id: "0037:87654321", name: "Määttä Ab" },
    businessPartner: { id: "0037:87654321", name: "Määttä Ab" },
    serviceProfile: "standard",
    amount: 100 * n,
    currency: "EUR",
    status: "delivered",
    statusReason: null,
    errorType: null,
    businessStatus: null,
    overdue: false,
    receivedAt: "2026-11-27T10:00:00Z",
    updatedAt: "2026-11-27T10:03:00Z",
    deliveredAt: "2026-11-27T10:03:00Z",
    slaDueAt: null,
    ...overrides,
  };
}

/** A page of `count` sample rows. */
export const samplePage = (count: number, total = count, nextCursor: string | null = null): SearchResult => ({
  items: Array.from({ length: count }, (_, i) => sampleTransaction(i + 1)),
  total,
  nextCursor,
});
