import "server-only";

/**
 * What an alert rule's evaluation tells the outside world: an episode began ("fired") or ended
 * ("resolved"). The evaluator emits these; delivery channels (in-app, webhook, e-mail) listen.
 */
export interface AlertEvent {
  kind: "fired" | "resolved";
  tenant: string;
  /** The rule owner's user id (the `sub` of their session). */
  ownerId: string;
  ruleId: string;
  ruleName: string;
  episodeId: string;
  /** Milliseconds since the epoch: when the episode fired or resolved. */
  at: number;
  /** One sentence a person reads in a notification, e.g. "12 matching transactions in the last 15 minutes (above 5)". */
  summary: string;
  /** The measured value and the rule's threshold, where the rule type has them. */
  value: number | null;
  threshold: number | null;
  /** Path and query of the transaction list as it was when the rule fired (its time window in the URL), e.g. "/transactions?status=error&from=…&to=…". */
  listPath: string;
}

type Listener = (event: AlertEvent) => Promise<void>;

const shared = globalThis as unknown as { __alertListeners?: Set<Listener> };
const listeners = (shared.__alertListeners ??= new Set());

/** Registers a listener for every alert event of this process; returns the function that removes it. */
export function onAlertEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Hands an event to every listener; one listener's failure is logged and does not stop the others. */
export async function emitAlertEvent(event: AlertEvent): Promise<void> {
  await Promise.all(
    [...listeners].map((listener) =>
      listener(event).catch((error) => console.error(`[alerts] a listener failed for rule ${event.ruleId}`, error)),
    ),
  );
}
