// NOTE: browser code too (the rule form): plain data, no validator.

/** The kinds of alert rule, each declared once: the form, the validation and the evaluator derive from it. */
export const ALERT_TYPES = ["count", "new", "overdue", "lag", "volume"] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

export const DIRECTIONS = ["above", "below"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A numeric parameter of a rule: its label and the range a value must be in. */
export interface NumberParam {
  label: string;
  min: number;
  max: number;
  integer: boolean;
  default: number;
}

export const NUMBER_PARAMS = {
  windowMinutes: { label: "Window (minutes)", min: 1, max: 1440, integer: true, default: 15 },
  threshold: { label: "Threshold", min: 0, max: 1_000_000, integer: true, default: 0 },
  lagMinutes: { label: "Lag (minutes)", min: 1, max: 1440, integer: true, default: 10 },
  fraction: { label: "Fraction of the baseline", min: 0.01, max: 1, integer: false, default: 0.5 },
} as const satisfies Record<string, NumberParam>;
export type NumberParamName = keyof typeof NUMBER_PARAMS;

/** A rule's parameters; each type reads the ones it lists. */
export interface AlertParams {
  windowMinutes?: number;
  threshold?: number;
  direction?: Direction;
  lagMinutes?: number;
  fraction?: number;
}

export const ALERT_TYPE_INFO: Record<
  AlertType,
  { label: string; help: string; numbers: readonly NumberParamName[]; direction: boolean; needsReport: boolean }
> = {
  count: {
    label: "Count in the last N minutes",
    help: "Fires when the number of matching transactions received in the window is above (or below) the threshold.",
    numbers: ["windowMinutes", "threshold"],
    direction: true,
    needsReport: false,
  },
  new: {
    label: "Any new matching transaction",
    help: "Fires when a matching transaction arrived since the last evaluation.",
    numbers: [],
    direction: false,
    needsReport: false,
  },
  overdue: {
    label: "Overdue count",
    help: "Fires when more matching transactions than the threshold are past their SLA.",
    numbers: ["threshold"],
    direction: false,
    needsReport: false,
  },
  lag: {
    label: "Tracking lag",
    help: "Fires when the Track API's tracking lag is above the set minutes.",
    numbers: ["lagMinutes"],
    direction: false,
    needsReport: false,
  },
  volume: {
    label: "Expected volume",
    help: "Fires when today's count so far is below a fraction of the same time of day on the last four same weekdays.",
    numbers: ["fraction"],
    direction: false,
    needsReport: true,
  },
};

/** A rule as the BFF answers it. */
export interface AlertRule {
  id: string;
  name: string;
  type: AlertType;
  query: string;
  params: AlertParams;
  timeZone: string;
  mutedUntil: number | null;
  /** Whether the rule is muted now (mutedUntil is still ahead). */
  muted: boolean;
  state: "ok" | "firing";
  lastEvaluatedAt: number | null;
  lastFiredAt: number | null;
  lastError: string | null;
  lastValue: Measured | null;
  createdAt: number;
}

/** What the last evaluation measured. */
export interface Measured {
  value: number | null;
  threshold: number | null;
  /** Expected volume: the counts of the last four same weekdays up to the same time of day, newest first. */
  baseline?: number[];
  at: number;
}

export interface AlertEpisode {
  id: string;
  startedAt: number;
  resolvedAt: number | null;
  peakValue: number | null;
  listPath: string;
}

export interface AppNotification {
  id: string;
  ruleId: string;
  kind: "fired" | "resolved";
  summary: string;
  listPath: string;
  createdAt: number;
  readAt: number | null;
}
