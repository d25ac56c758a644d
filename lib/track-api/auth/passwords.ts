import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/** scrypt cost parameters; OWASP's N=2^15, r=8, p=3 row (32 MiB, a few hundred ms per hash). */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 3 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// NOTE: refuse absurd parameters read back from storage rather than let one bad row exhaust memory.
const MAX_N = 2 ** 20;

function derive(secret: string, salt: Buffer, { N, r, p }: ScryptParams, length = KEY_LENGTH): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) =>
    scrypt(secret.normalize("NFC"), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Hashes a password or client secret as `scrypt$N$r$p$salt$hash` (salt and hash base64url). */
export async function hashPassword(secret: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const hash = await derive(secret, salt, params);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64url"), hash.toString("base64url")].join("$");
}

/** Checks a secret against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every(Number.isSafeInteger) || N < 2 || N > MAX_N || (N & (N - 1)) !== 0 || r < 1 || p < 1)
    return false;
  const salt = Buffer.from(parts[4], "base64url");
  const expected = Buffer.from(parts[5], "base64url");
  if (salt.length === 0 || expected.length === 0) return false;
  const actual = await derive(secret, salt, { N, r, p }, expected.length);
  return timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification and answers false; used when the user or client does
 * not exist so response time does not reveal which names are registered.
 */
export async function verifyAgainstDummy(secret: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(secret, await dummyHash);
  return false;
}

/** Checks a secret against a stored hash, or against none (null) in the same time, answering false. */
export type SecretCheck = (secret: string, stored: string | null) => Promise<boolean>;

/** The plain SecretCheck; the token endpoint runs it through the hashing gate. */
export const checkSecret: SecretCheck = (secret, stored) =>
  stored === null ? verifyAgainstDummy(secret) : verifyPassword(secret, stored);
