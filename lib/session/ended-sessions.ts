import "server-only";

type Listener = () => void;

// On globalThis: next-auth's sign-out and the live route are bundled apart, and must meet here.
const shared = globalThis as unknown as { __endedSessionListeners?: Map<string, Set<Listener>> };
const listeners = (shared.__endedSessionListeners ??= new Map());

/** Calls `listener` when this process ends the session `sid` (sign-out); returns the unsubscribe. */
export function onSessionEnded(sid: string, listener: Listener): () => void {
  let set = listeners.get(sid);
  if (!set) listeners.set(sid, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0 && listeners.get(sid) === set) listeners.delete(sid);
  };
}

/** Tells this process's open streams of session `sid` that it has ended. */
export function announceSessionEnded(sid: string): void {
  for (const listener of [...(listeners.get(sid) ?? [])]) listener();
}
