import "server-only";
import { coordination } from "@/lib/cluster";
import { SESSION_MAX_AGE_SECONDS } from "./cookie";

type Listener = () => void;

/** Sign-outs remembered in memory (for when the denylist's database does not answer), at most this many. */
const MAX_REMEMBERED = 10_000;

// On globalThis: next-auth's sign-out and the live route are bundled apart, and must meet here.
const shared = globalThis as unknown as {
  __endedSessionListeners?: Map<string, Set<Listener>>;
  __endedSessionsRemembered?: Map<string, number>;
  __endedSessionsHeard?: boolean;
};
const listeners = (shared.__endedSessionListeners ??= new Map());
const remembered = (shared.__endedSessionsRemembered ??= new Map());

/** Hears sign-outs from every instance (the bus delivers this instance's own too). */
function listen() {
  if (shared.__endedSessionsHeard) return;
  shared.__endedSessionsHeard = true;
  coordination().bus.subscribe((message) => {
    if (message.type !== "session-ended") return;
    remember(message.sid);
    for (const listener of [...(listeners.get(message.sid) ?? [])]) listener();
  });
}

function remember(sid: string, now = Date.now()) {
  remembered.delete(sid);
  remembered.set(sid, now + SESSION_MAX_AGE_SECONDS * 1000);
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
}

/**
 * Whether this instance saw the session `sid` end (its own sign-outs and those announced by the
 * others): what the denylist falls back to while its database does not answer.
 */
export function endedAsFarAsKnown(sid: string, now = Date.now()): boolean {
  listen();
  const until = remembered.get(sid);
  return until !== undefined && until > now;
}

/** Calls `listener` when the session `sid` is ended by sign-out on any instance; returns the unsubscribe. */
export function onSessionEnded(sid: string, listener: Listener): () => void {
  listen();
  let set = listeners.get(sid);
  if (!set) listeners.set(sid, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0 && listeners.get(sid) === set) listeners.delete(sid);
  };
}

/** Tells every instance (and their open streams of session `sid`) that it has ended. */
export async function announceSessionEnded(sid: string): Promise<void> {
  listen();
  remember(sid);
  await coordination().bus.publish({ type: "session-ended", sid });
}
