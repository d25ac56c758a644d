import "server-only";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import type { Db } from "@/lib/track-api/store/db";

export const SIGNING_ALG = "ES256";

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
}

const signingKeys = new WeakMap<Db, Promise<SigningKey>>();
const verifyKeys = new WeakMap<Db, Map<string, Promise<CryptoKey | null>>>();

async function importKey(jwk: string): Promise<CryptoKey> {
  return (await importJWK(JSON.parse(jwk) as JWK, SIGNING_ALG)) as CryptoKey;
}

async function loadOrCreateSigningKey(db: Db, now: number): Promise<SigningKey> {
  const existing = await oldestKey(db);
  if (existing) return { kid: existing.kid, privateKey: await importKey(existing.private_jwk) };

  const pair = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const publicJwk = await exportJWK(pair.publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = await exportJWK(pair.privateKey);
  await db
    .insertInto("signing_keys")
    .values({
      kid,
      alg: SIGNING_ALG,
      private_jwk: JSON.stringify(privateJwk),
      public_jwk: JSON.stringify({ ...publicJwk, kid, alg: SIGNING_ALG, use: "sig" }),
      created_at: now,
    })
    .execute();
  // NOTE: re-read instead of using our own key: if two processes raced, both settle on the oldest one.
  const chosen = await oldestKey(db);
  if (!chosen) throw new Error("signing key vanished after insert");
  return { kid: chosen.kid, privateKey: await importKey(chosen.private_jwk) };
}

function oldestKey(db: Db) {
  return db
    .selectFrom("signing_keys")
    .select(["kid", "private_jwk"])
    .where("alg", "=", SIGNING_ALG)
    .orderBy("created_at")
    .orderBy("kid")
    .limit(1)
    .executeTakeFirst();
}

/** The key tokens are signed with: generated and stored on first use, then cached per database. */
export function getSigningKey(db: Db, now = Date.now()): Promise<SigningKey> {
  let key = signingKeys.get(db);
  if (!key) {
    key = loadOrCreateSigningKey(db, now);
    // A failed load (e.g. database briefly busy) must not stick in the cache.
    key.catch(() => signingKeys.delete(db));
    signingKeys.set(db, key);
  }
  return key;
}

/** The stored public key with this `kid`, or null; answers are cached per database. */
export function getVerificationKey(db: Db, kid: string): Promise<CryptoKey | null> {
  let perDb = verifyKeys.get(db);
  if (!perDb) verifyKeys.set(db, (perDb = new Map()));
  let key = perDb.get(kid);
  if (!key) {
    key = db
      .selectFrom("signing_keys")
      .select("public_jwk")
      .where("kid", "=", kid)
      .where("alg", "=", SIGNING_ALG)
      .executeTakeFirst()
      .then((row) => (row ? importKey(row.public_jwk) : null));
    // Only remember keys that exist, so an unknown kid cannot grow the cache.
    key.then(
      (found) => {
        if (!found) perDb.delete(kid);
      },
      () => perDb.delete(kid),
    );
    perDb.set(kid, key);
  }
  return key;
}

/** The public signing keys as a JWK Set (served at /auth/certs). */
export async function getJwks(db: Db): Promise<{ keys: JWK[] }> {
  await getSigningKey(db);
  const rows = await db.selectFrom("signing_keys").select("public_jwk").orderBy("created_at").orderBy("kid").execute();
  return { keys: rows.map((row) => JSON.parse(row.public_jwk) as JWK) };
}
