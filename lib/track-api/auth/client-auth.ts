import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Db } from "@/lib/track-api/store/db";
import { findClient } from "./accounts";
import { OAuthError } from "./oauth-error";
import { checkSecret, type SecretCheck } from "./passwords";

export interface ClientCredentials {
  clientId: string;
  secret: string;
}

/** The 401 for a failed client authentication, with the challenge RFC 6749 §5.2 asks for. */
export function invalidClient(description = "Client authentication failed"): OAuthError {
  return new OAuthError("invalid_client", description, 401, { "WWW-Authenticate": 'Basic realm="track"' });
}

// RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic encoding.
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, "%20"));
  } catch {
    throw invalidClient("Malformed Basic credentials");
  }
}

function readBasic(header: string | null): ClientCredentials | null {
  const match = /^Basic +([A-Za-z0-9+/]+=*) *$/i.exec(header ?? "");
  if (!match) {
    if (/^Basic\b/i.test(header ?? "")) throw invalidClient("Malformed Basic credentials");
    return null;
  }
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) throw invalidClient("Malformed Basic credentials");
  return { clientId: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
}

/**
 * Reads the client's credentials from HTTP Basic or the `client_id`/`client_secret` form fields.
 * Using both methods at once is an `invalid_request` (RFC 6749 §2.3); none is `invalid_client`.
 */
export function readClientCredentials(request: Request, form: URLSearchParams): ClientCredentials {
  const basic = readBasic(request.headers.get("authorization"));
  const formId = form.get("client_id");
  const formSecret = form.get("client_secret");
  if (basic) {
    if (formSecret !== null || (formId !== null && formId !== basic.clientId)) {
      throw new OAuthError(
        "invalid_request",
        "Use one client authentication method: HTTP Basic or client_id/client_secret, not both",
      );
    }
    return basic;
  }
  if (!formId || !formSecret)
    throw invalidClient("Client authentication required (HTTP Basic or client_id and client_secret)");
  return { clientId: formId, secret: formSecret };
}

// Successful verifications remembered per client as a digest of the secret, so the BFF's frequent
// refreshes do not pay for scrypt every time; tied to the stored hash, so a new secret invalidates it.
const verified = new WeakMap<Db, Map<string, { secretHash: string; digest: Buffer }>>();

const digest = (secret: string) => createHash("sha256").update(secret).digest();

/**
 * Checks the client's credentials against the store with `check` (which may refuse to run it);
 * returns the client id or throws 401 `invalid_client`.
 */
export async function authenticateClient(
  db: Db,
  credentials: ClientCredentials,
  check: SecretCheck = checkSecret,
): Promise<string> {
  const client = await findClient(db, credentials.clientId);
  if (!client) {
    await check(credentials.secret, null);
    throw invalidClient();
  }
  let perDb = verified.get(db);
  if (!perDb) verified.set(db, (perDb = new Map()));
  const known = perDb.get(client.id);
  if (known && known.secretHash === client.secret_hash && timingSafeEqual(known.digest, digest(credentials.secret))) {
    return client.id;
  }
  if (!(await check(credentials.secret, client.secret_hash))) throw invalidClient();
  perDb.set(client.id, { secretHash: client.secret_hash, digest: digest(credentials.secret) });
  return client.id;
}
