/** Tracking lag levels shown in the header (DESIGN §4). */
export const LAG_LEVELS = ["ok", "delay", "major"] as const;
export type LagLevel = (typeof LAG_LEVELS)[number];

export const LAG_DELAY_SECONDS = 5 * 60;
export const LAG_MAJOR_SECONDS = 30 * 60;

/** Classifies a tracking lag in seconds. */
export function lagLevel(seconds: number | null): LagLevel {
  if (seconds === null || seconds < LAG_DELAY_SECONDS) return "ok";
  return seconds < LAG_MAJOR_SECONDS ? "delay" : "major";
}
