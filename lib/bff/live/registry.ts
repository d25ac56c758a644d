import "server-only";
import { PollLoop, type LiveSubscriber, type PollLoopOptions } from "./poll-loop";

const shared = globalThis as unknown as { __liveLoops?: Map<string, PollLoop> };
const loops = (shared.__liveLoops ??= new Map());

/** Subscribes to the shared loop for `key` (tenant + view), creating it for the first viewer. */
export function subscribeLive(key: string, subscriber: LiveSubscriber, options: () => PollLoopOptions): () => void {
  let loop = loops.get(key);
  if (!loop) {
    const created: PollLoop = new PollLoop({
      ...options(),
      onStop: () => loops.get(key) === created && loops.delete(key),
    });
    loops.set(key, created);
    loop = created;
  }
  return loop.subscribe(subscriber);
}

/** How many loops run and how many viewers they serve (for tests and diagnostics). */
export function liveStatus(): { loops: number; subscribers: number } {
  let subscribers = 0;
  for (const loop of loops.values()) subscribers += loop.subscribers.size;
  return { loops: loops.size, subscribers };
}
