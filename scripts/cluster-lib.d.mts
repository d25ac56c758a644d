export const DEFAULT_DATABASE_URL: string;

export interface Readiness {
  /** HTTP status; 0 when the instance does not answer. */
  status: number;
  state: string;
  instance: string | null;
}

export interface ClusterInstance {
  /** `app1`, `app2`, …: INSTANCE_ID and HAProxy's server name. */
  id: string;
  port: number;
  /** The instance's own address, bypassing HAProxy. */
  url: string;
  readonly pid: number | undefined;
  readonly running: boolean;
  log(): string;
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  start(): Promise<void>;
  kill(signal?: NodeJS.Signals): void;
  stop(graceMs?: number): Promise<void>;
  restart(options?: { crash?: boolean }): Promise<void>;
}

export interface Haproxy {
  pid: number | undefined;
  socketPath: string;
  log(): string;
  states(): Promise<Record<string, string>>;
  setServer(id: string, action: "enable" | "disable"): Promise<void>;
  waitUntil(wanted: Record<string, string>, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface Cluster {
  /** The balancer's address. */
  url: string;
  instances: ClusterInstance[];
  haproxy: Haproxy;
  databaseUrl: string;
  /** The AUTH_SECRET every instance shares (tests seal session cookies with it). */
  authSecret: string;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  port?: number;
  appPorts?: number[];
  databaseUrl?: string;
  env?: Record<string, string>;
  dataDir?: string;
  fresh?: boolean;
  stdio?: "inherit" | "pipe";
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export function startCluster(options?: ClusterOptions): Promise<Cluster>;
export function startServer(options: {
  id?: string;
  port: number;
  env?: Record<string, string>;
  dataDir?: string;
  stdio?: "inherit" | "pipe";
  log?: (line: string) => void;
  startTimeoutMs?: number;
}): Promise<ClusterInstance>;
export function ensureDatabase(url: string, options?: { fresh?: boolean }): Promise<void>;
export function sharedAuthSecret(dataDir: string): string;
export function readiness(url: string): Promise<Readiness>;
