import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@/lib/track-api/store/db";

export const REFRESH_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface NewRefreshToken {
  userId: string;
  clientId: string;
  scope: string;
  /** Continue an existing family (rotation); omitted for a new sign-in. */
  familyId?: string;
}

/** Issues an opaque refresh token; only its SHA-256 is stored. */
export async function issueRefreshToken(db: Db, input: NewRefreshToken, now = Date.now()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insertInto("refresh_tokens")
    .values({
      token_hash: hashToken(token),
      family_id: input.familyId ?? randomUUID(),
      user_id: input.userId,
      client_id: input.clientId,
      scope: input.scope,
      created_at: now,
      expires_at: now + REFRESH_TOKEN_TTL_MS,
      used_at: null,
      revoked_at: null,
    })
    .execute();
  return token;
}

export type RotateFailure = "unknown" | "wrong_client" | "expired" | "revoked" | "reused" | "wider_scope";

export type RotateResult =
  | { ok: true; refreshToken: string; userId: string; familyId: string; scope: string }
  | { ok: false; reason: RotateFailure };

export interface RotateInput {
  token: string;
  clientId: string;
  /** Scopes asked for now; must be within the token's scope (RFC 6749 §6). */
  requestedScopes?: readonly string[];
}

/**
 * Spends a refresh token and issues its successor in the same family, keeping the original scope.
 * Presenting an already-spent token revokes the whole family (RFC 9700 §4.14.2: it was stolen or
 * replayed, and we cannot tell which party is legitimate).
 */
export async function rotateRefreshToken(db: Db, input: RotateInput, now = Date.now()): Promise<RotateResult> {
  // NOTE: failures return instead of throwing so the family revocation is committed, not rolled back.
  return db.transaction().execute(async (trx): Promise<RotateResult> => {
    const row = await trx
      .selectFrom("refresh_tokens")
      .selectAll()
      .where("token_hash", "=", hashToken(input.token))
      .executeTakeFirst();
    if (!row) return { ok: false, reason: "unknown" };
    // A token shown by another client is refused without touching the family: the caller may not own it.
    if (row.client_id !== input.clientId) return { ok: false, reason: "wrong_client" };
    if (row.revoked_at !== null) return { ok: false, reason: "revoked" };
    if (row.used_at !== null) {
      await revokeFamily(trx, row.family_id, now);
      return { ok: false, reason: "reused" };
    }
    if (row.expires_at <= now) return { ok: false, reason: "expired" };
    const granted = row.scope.split(" ");
    if (input.requestedScopes && !input.requestedScopes.every((s) => granted.includes(s)))
      return { ok: false, reason: "wider_scope" };

    const spent = await trx
      .updateTable("refresh_tokens")
      .set({ used_at: now })
      .where("token_hash", "=", row.token_hash)
      .where("used_at", "is", null)
      .executeTakeFirst();
    if (Number(spent.numUpdatedRows) !== 1) {
      await revokeFamily(trx, row.family_id, now);
      return { ok: false, reason: "reused" };
    }
    const refreshToken = await issueRefreshToken(
      trx,
      { userId: row.user_id, clientId: row.client_id, scope: row.scope, familyId: row.family_id },
      now,
    );
    return { ok: true, refreshToken, userId: row.user_id, familyId: row.family_id, scope: row.scope };
  });
}

async function revokeFamily(db: Db, familyId: string, now: number): Promise<void> {
  await db
    .updateTable("refresh_tokens")
    .set({ revoked_at: now })
    .where("family_id", "=", familyId)
    .where("revoked_at", "is", null)
    .execute();
}

/** Revokes every refresh token of a family (sign-out, or a user that is gone or locked). */
export function revokeRefreshFamily(db: Db, familyId: string, now = Date.now()): Promise<void> {
  return revokeFamily(db, familyId, now);
}

export type RevokeResult = "revoked" | "unknown" | "wrong_client";

/**
 * Revokes the family of a refresh token shown by its client (sign-out, RFC 7009): the token, any
 * successor it was rotated into and any predecessor. A spent token of the family works as well as the
 * current one, so a client holding a stale copy can still end the sign-in.
 */
export async function revokeFamilyOf(db: Db, token: string, clientId: string, now = Date.now()): Promise<RevokeResult> {
  const row = await db
    .selectFrom("refresh_tokens")
    .select(["family_id", "client_id"])
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row) return "unknown";
  if (row.client_id !== clientId) return "wrong_client";
  await revokeFamily(db, row.family_id, now);
  return "revoked";
}

/** Deletes refresh tokens that expired more than a day ago; rows of spent tokens are kept until then for reuse detection. */
export async function pruneRefreshTokens(db: Db, now = Date.now()): Promise<number> {
  const result = await db
    .deleteFrom("refresh_tokens")
    .where("expires_at", "<", now - 24 * 60 * 60 * 1000)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
