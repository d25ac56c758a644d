import "server-only";
import { sealer } from "@/lib/cluster/sealed";
import { authSecret } from "@/lib/session/secret";

/** Seals and opens webhook secrets at rest (AES-256-GCM, key derived from AUTH_SECRET). */
export function webhookSecrets() {
  return sealer(authSecret(), "alert webhook secret");
}
