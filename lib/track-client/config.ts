import "server-only";
import { config } from "@/lib/config";

/** Where the BFF finds the Track API and how it identifies itself (DESIGN §2). */
export const trackClientConfig = {
  /** The real host, or this very server in embedded mode (same paths, loopback). */
  get baseUrl(): string {
    return config.trackApiUrl ?? `http://127.0.0.1:${config.port}`;
  },
  get clientId(): string {
    return process.env.TRACK_CLIENT_ID ?? (config.embedded ? "demo-client" : required("TRACK_CLIENT_ID"));
  },
  get clientSecret(): string {
    return process.env.TRACK_CLIENT_SECRET ?? (config.embedded ? "demo-secret" : required("TRACK_CLIENT_SECRET"));
  },
  get scope(): string {
    return process.env.TRACK_SCOPE ?? "openid email userInfo roles";
  },
  /** Per-attempt timeout of an upstream call. */
  get timeoutMs(): number {
    return Number(process.env.TRACK_TIMEOUT_MS ?? 10_000);
  },
};

function required(name: string): never {
  throw new Error(`${name} must be set when TRACK_API_URL points at a real Track API`);
}
