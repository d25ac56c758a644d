import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { config } from "@/lib/config";

let cached: string | undefined;

/**
 * The session encryption key: AUTH_SECRET (or NEXTAUTH_SECRET); in embedded mode generated once
 * into the data directory so sessions survive restarts. Required in remote mode.
 */
export function authSecret(): string {
  cached ??= process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? generated();
  return cached;
}

/** Where the generated secret is kept: in TRACK_DATA_DIR, which may be absolute or relative to the working directory. */
export function authSecretFile(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), config.dataDir, "auth-secret");
}

function generated(): string {
  if (!config.embedded) throw new Error("AUTH_SECRET must be set when TRACK_API_URL points at a real Track API");
  const file = authSecretFile();
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    // "wx" fails if another process created the file first; then its secret wins.
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
