import "server-only";
import { coordination } from "@/lib/cluster";

type Listener = () => void;

// On globalThis: next-auth's sign-out and the live route are bundled apart, and must meet here.
const shared = globalThis as unknown as {
  __endedSessionListeners?: Map<string, Set<Listener>>;
  __endedSessionsHeard?: boolean;
};
const listeners = (shared.__endedSessionListeners ??= new Map());

/** Hears sign-outs from every instance (the bus delivers this instance's own too). */
function listen() {
  if (shared.__endedSessionsHeard) return;
  shared.__endedSessionsHeard = true;
  coordination().bus.subscribe((message) => {
    if (message.type !== "session-ended") return;
    for (const listener of [...(listeners.get(message.sid) ?? [])]) listener();
  });
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

/** Tells every instance's open streams of session `sid` that it has ended. */
export async function announceSessionEnded(sid: string): Promise<void> {
  listen();
  await coordination().bus.publish({ type: "session-ended", sid });
}
