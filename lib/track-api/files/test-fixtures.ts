import type { Transaction } from "@/lib/domain/transaction";
import { sampleTransaction } from "@/test/fixtures/transaction";

const BUYER = { id: "0037:87654321", name: "Buyer Ab" };

/** The sample transaction as the file tests know it (their names, amounts and dates); override what a test is about. */
export function makeTransaction(overrides: Partial<Transaction> = {}): Transaction {
  return sampleTransaction(123, {
    id: "tx-000123",
    documentNumber: "INV-2026-000123",
    receiver: BUYER,
    businessPartner: BUYER,
    amount: 1234.56,
    receivedAt: "2026-01-15T10:30:00Z",
    updatedAt: "2026-01-15T10:35:00Z",
    deliveredAt: "2026-01-15T10:35:00Z",
    ...overrides,
  });
}
