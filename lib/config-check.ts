import { deliverySettings } from "./alerts/channels/settings";
import { config } from "./config";
import { enabledEndpoints } from "./track-api/endpoints";

/**
 * Reads the settings that are checked when they are read, so that a malformed TRUST_PROXY_HOPS,
 * PUBLIC_URL, TRACK_API_ENDPOINTS or ALERT_* stops the start instead of failing sign-ins. NOTE: exits, because Next.js logs an error
 * thrown by the instrumentation hook but keeps the process running.
 */
export function exitOnMalformedConfig(): void {
  try {
    void config.trustProxyHops;
    void config.publicUrl;
    void config.alertIntervalMs;
    void config.alertMaxPerHour;
    for (const key of ["retryBaseMs", "maxAttempts", "intervalMs", "timeoutMs"] as const) void deliverySettings[key];
    enabledEndpoints();
  } catch (error) {
    console.error(`Track Monitor cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
