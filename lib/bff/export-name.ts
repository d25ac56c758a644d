import type { SearchRequest } from "@/lib/filters/schema";

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);

/** A file name that says what was exported: `transactions-status-error-type-invoice-2026-11-27.csv`. */
export function exportFileName({ filter }: SearchRequest, now: Date): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === "receivedFrom" || key === "receivedTo" || key === "updatedFrom" || key === "updatedTo") continue;
    if (key === "not") {
      for (const [field, values] of Object.entries(value as Record<string, string[]>))
        parts.push(`not-${slug(field)}-${slug(values.join("-"))}`);
      continue;
    }
    parts.push(`${slug(key)}-${slug(Array.isArray(value) ? value.join("-") : String(value))}`);
  }
  if (filter.receivedFrom || filter.receivedTo) {
    parts.push(
      `${(filter.receivedFrom ?? "").slice(0, 10) || "start"}-to-${(filter.receivedTo ?? "").slice(0, 10) || "now"}`,
    );
  }
  const name = ["transactions", ...parts].join("-").slice(0, 150);
  return `${name}-${now.toISOString().slice(0, 10)}.csv`;
}
