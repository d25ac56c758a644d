import { DOCUMENT_TYPE_LABEL } from "@/lib/domain/labels";
import type { Transaction } from "@/lib/domain/transaction";

/** "€1,234.50"; a currency code Intl does not know is written after the number. */
export function formatAmount(amount: number | null, currency: string | null): string | null {
  if (amount === null) return null;
  if (!currency) return new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2 }).format(amount);
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

/** "Invoice INV-2026-0042", falling back to what is known. */
export function documentTitle(tx: Pick<Transaction, "documentType" | "documentNumber">): string {
  const type = tx.documentType ? DOCUMENT_TYPE_LABEL[tx.documentType] : "Transaction";
  return tx.documentNumber ? `${type} ${tx.documentNumber}` : type;
}
