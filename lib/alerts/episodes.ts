const HOUR_MS = 3_600_000;

export interface EpisodeState {
  state: "ok" | "firing";
  mutedUntil: number | null;
  /** When the rule notified in the last hour. */
  notified: number[];
}

export interface Step {
  state: "ok" | "firing";
  /** An episode begins ("fired") or ends ("resolved") with this evaluation; null when nothing changes. */
  transition: "fired" | "resolved" | null;
  /** Whether the transition is told: not while muted, nor past the hourly limit. */
  notify: boolean;
  notified: number[];
}

/**
 * One evaluation's effect on a rule: a rule fires once per episode (ok → firing) and resolves when
 * its condition clears (firing → ok). A muted rule keeps its episodes but tells nobody; a rule tells
 * at most `maxPerHour` transitions in any hour.
 */
export function nextStep(previous: EpisodeState, breached: boolean, now: number, maxPerHour: number): Step {
  const notified = previous.notified.filter((at) => at > now - HOUR_MS && at <= now);
  const state = breached ? "firing" : "ok";
  const transition = state === previous.state ? null : breached ? "fired" : "resolved";
  const muted = previous.mutedUntil !== null && previous.mutedUntil > now;
  const notify = transition !== null && !muted && notified.length < maxPerHour;
  return { state, transition, notify, notified: notify ? [...notified, now] : notified };
}
