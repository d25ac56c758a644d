import type { Transaction } from "@/lib/domain/transaction";

/** A complete transaction for tests; override what the test is about. */
export function makeTransaction(overrides: Partial<Transaction> = {}): Transaction {
  return {
    id: "tx-000123",
    documentType: "invoice",
    documentNumber: "INV-2026-000123",
    direction: "outbound",
    inChannel: "api",
    outChannel: "peppol",
    format: "peppolBis3",
    sender: { id: "0037:12345678", name: "Acme Oy" },
    receiver: { id: "0037:87654321", name: "Buyer Ab" },
    businessPartner: { id: "0037:87654321", name: "Buyer Ab" },
    serviceProfile: "standard",
    amount: 1234.56,
    currency: "EUR",
    status: "delivered",
    statusReason: null,
    errorType: null,
    businessStatus: null,
    overdue: false,
    receivedAt: "2026-01-15T10:30:00Z",
    updatedAt: "2026-01-15T10:35:00Z",
    deliveredAt: "2026-01-15T10:35:00Z",
    slaDueAt: null,
    ...overrides,
  };
}
