import type { Latency } from "./measure";
import type { Backend } from "./results";

/** Formatting shared by the parts of RESULTS.md. */
export const f = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
export const int = (n: number) => Math.round(n).toLocaleString("en");
export const mark = (pass: boolean | null) => (pass === null ? "—" : pass ? "pass" : "**miss**");
export const lat = (l: Latency) => `${f(l.p50)} / ${f(l.p95)} / ${f(l.p99)}`;
export const BACKEND_NAMES: Record<Backend, string> = { sqlite: "SQLite", postgres: "PostgreSQL" };

const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

export function table(header: string[], rows: (string | number)[][]): string {
  return [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");
}
