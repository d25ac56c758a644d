/** A function that runs at most once per `intervalMs`, and `cancel` for a call it still holds. */
export interface Coalesced {
  (): void;
  cancel: () => void;
}

/**
 * Runs `fn` at once when it last ran `intervalMs` or more ago; otherwise once when the interval is up,
 * however many calls came in between (leading and trailing edge). Live pings use it so that a view
 * whose data changes every second is refetched a few times a minute, and a lone change at once.
 */
export function coalesce(fn: () => void, intervalMs: number, now: () => number = Date.now): Coalesced {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    last = now();
    fn();
  };
  const call = () => {
    if (timer !== undefined) return;
    const wait = last + intervalMs - now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  };
  return Object.assign(call, {
    cancel: () => {
      clearTimeout(timer);
      timer = undefined;
    },
  });
}
