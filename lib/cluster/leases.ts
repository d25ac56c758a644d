/** What a piece of work does when its instance gains or loses the right to run it. */
export interface LeaseCallbacks {
  onAcquire: () => void;
  /** Stops the work; at shutdown the lease is given up once what this returns has settled. */
  onLose: () => void | Promise<void>;
}

export interface LeaseHandle {
  readonly held: boolean;
  /** Tells the other instances something about the work (only while held; e.g. "ready"). */
  setState(state: string): void;
  /** Gives the lease up: another instance may take it at once. */
  release(): Promise<void>;
}

export interface LeaseInfo {
  holder: string;
  state: string | null;
}

/**
 * Named leases: each name is held by at most one live instance of the cluster, and moves to another
 * instance that wants it within seconds of its holder dying. Work that must run once in the cluster
 * (a live view's poll loop, the simulator, retention) runs while its lease is held.
 */
export interface Leases {
  /**
   * Wants `name` for as long as the handle is not released. `needsBus`: the work is only useful
   * while the instances hear each other (a live loop's pings), so it runs here whenever they do not.
   */
  hold(name: string, callbacks: LeaseCallbacks, options?: { needsBus?: boolean }): LeaseHandle;
  /** The current holder of `name` and what it said, if any instance holds it. */
  info(name: string): Promise<LeaseInfo | null>;
  /** Releases every lease this instance holds (at shutdown). */
  close(): Promise<void>;
}

/** The leases of a single instance: every lease is held at once, by this process. */
export class LocalLeases implements Leases {
  private readonly states = new Map<string, string | null>();
  private readonly releases = new Set<() => Promise<void>>();

  constructor(private readonly instanceId: string) {}

  hold(name: string, callbacks: LeaseCallbacks): LeaseHandle {
    let held = true;
    this.states.set(name, null);
    const release = async () => {
      if (!held) return;
      held = false;
      this.releases.delete(release);
      this.states.delete(name);
      await callbacks.onLose();
    };
    this.releases.add(release);
    callbacks.onAcquire();
    return {
      get held() {
        return held;
      },
      setState: (state) => held && this.states.set(name, state),
      release,
    };
  }

  async info(name: string): Promise<LeaseInfo | null> {
    return this.states.has(name) ? { holder: this.instanceId, state: this.states.get(name) ?? null } : null;
  }

  async close(): Promise<void> {
    await Promise.all([...this.releases].map((release) => release()));
  }
}
