import { NUMBER_PARAMS, type AlertParams, type AlertType } from "./types";

/** What the evaluator measured for a rule, by type. */
export type Measurement =
  | { type: "count"; count: number }
  | { type: "lag"; lagSeconds: number | null }
  | { type: "volume"; today: number; baseline: number[] };

export interface Verdict {
  breached: boolean;
  value: number | null;
  threshold: number | null;
  /** One sentence for a notification. */
  summary: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Whether a rule's condition holds for a measurement, and the sentence that says so. */
export function evaluateRule(type: AlertType, params: AlertParams, m: Measurement): Verdict {
  if (m.type !== type && !(m.type === "count" && (type === "new" || type === "overdue")))
    throw new Error(`a ${m.type} measurement for a ${type} rule`);
  switch (m.type) {
    case "count": {
      if (type === "new") return newMatches(m.count);
      if (type === "overdue") return overdue(params, m.count);
      const threshold = params.threshold ?? 0;
      const direction = params.direction ?? "above";
      const breached = direction === "above" ? m.count > threshold : m.count < threshold;
      return {
        breached,
        value: m.count,
        threshold,
        summary: `${plural(m.count, "matching transaction")} in the last ${plural(params.windowMinutes ?? 0, "minute")} (${direction} ${threshold})`,
      };
    }
    case "lag": {
      const threshold = params.lagMinutes ?? NUMBER_PARAMS.lagMinutes.default;
      if (m.lagSeconds === null)
        return { breached: false, value: null, threshold, summary: "the tracking lag is not known" };
      const minutes = Math.floor(m.lagSeconds / 60);
      return {
        breached: m.lagSeconds > threshold * 60,
        value: minutes,
        threshold,
        summary: `tracking lag ${plural(minutes, "minute")} (above ${threshold})`,
      };
    }
    case "volume": {
      const average = baselineAverage(m.baseline);
      const fraction = params.fraction ?? 0.5;
      const expected = average * fraction;
      return {
        // A baseline of nothing expects nothing: a partner that never sends is not silent.
        breached: average > 0 && m.today < expected,
        value: m.today,
        threshold: Math.round(expected * 10) / 10,
        summary: `${plural(m.today, "matching transaction")} so far today, expected at least ${Math.ceil(expected)} (${Math.round(fraction * 100)}% of ${Math.round(average * 10) / 10}, the average of the last ${plural(m.baseline.length, "same weekday")})`,
      };
    }
  }
}

/** The average of the baseline days' counts; 0 without any. */
export function baselineAverage(counts: number[]): number {
  return counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : 0;
}

function newMatches(count: number): Verdict {
  return {
    breached: count > 0,
    value: count,
    threshold: 0,
    summary: `${plural(count, "new matching transaction")} since the last check`,
  };
}

function overdue(params: AlertParams, count: number): Verdict {
  const threshold = params.threshold ?? 0;
  return {
    breached: count > threshold,
    value: count,
    threshold,
    summary: `${plural(count, "matching transaction")} past their SLA (threshold ${threshold})`,
  };
}
