import type { SearchResult } from "@/lib/domain/transaction";

const count = new Intl.NumberFormat("en-GB");

/**
 * A search's total as words: "1,234", or "more than 1,000" when the Track API gave a lower bound
 * (`totalRelation: "gte"`, a message text found in too many transactions to count them all).
 */
export function totalText({ total, totalRelation }: Pick<SearchResult, "total" | "totalRelation">): string {
  return totalRelation === "gte" ? `more than ${count.format(total)}` : count.format(total);
}

/** "1 transaction", "1,234 transactions", "More than 1,000 transactions". */
export function transactionsText(result: Pick<SearchResult, "total" | "totalRelation">): string {
  const text = `${totalText(result)} ${result.total === 1 && result.totalRelation !== "gte" ? "transaction" : "transactions"}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
