import "server-only";
import crypto from "node:crypto";
import { sealer } from "@/lib/cluster/sealed";
import { config } from "@/lib/config";
import { dashboardDb } from "@/lib/dashboard-store/db";
import { authSecret } from "@/lib/session/secret";
import { passwordGrant, type TokenSet } from "@/lib/track-client/oauth";

/** The roles the evaluator's user needs: searches (track) and weeks of history (report). */
export const TECHNICAL_ROLES = ["track", "report"] as const;
/** A cached token is used until this long before it expires. */
const EXPIRY_MARGIN_MS = 60_000;

const seal = () => sealer(authSecret(), "alert technical users");

/** Stores (or replaces) the user the evaluator signs in as for `tenant`; the password is sealed. */
export async function setTechnicalUser(tenant: string, username: string, password: string): Promise<void> {
  const db = await dashboardDb();
  const row = { tenant, username, password: seal().seal(password), updated_at: Date.now() };
  await db
    .insertInto("dashboard_technical_users")
    .values(row)
    .onConflict((oc) =>
      oc.column("tenant").doUpdateSet({ username, password: row.password, updated_at: row.updated_at }),
    )
    .execute();
  tokens.delete(tenant);
}

/** The technical user of `tenant`, password opened, or null when none is configured. */
export async function technicalUser(tenant: string): Promise<{ username: string; password: string } | null> {
  const db = await dashboardDb();
  const row = await db
    .selectFrom("dashboard_technical_users")
    .selectAll()
    .where("tenant", "=", tenant)
    .executeTakeFirst();
  return row ? { username: row.username, password: seal().open<string>(row.password) } : null;
}

const shared = globalThis as unknown as { __alertTokens?: Map<string, Promise<TokenSet>> };
const tokens = (shared.__alertTokens ??= new Map());

/**
 * An access token of `tenant`'s technical user (password grant through the BFF's client), cached until
 * shortly before it expires. `renew` forgets the cached one (after a 401).
 */
export async function technicalToken(tenant: string, renew = false): Promise<string> {
  let pending = tokens.get(tenant);
  if (pending && !renew) {
    const set = await pending.catch(() => null);
    if (set && set.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return set.accessToken;
  }
  pending = (async () => {
    const user = await technicalUser(tenant);
    if (!user)
      throw new Error(
        `no technical user is configured for tenant ${tenant} (npm run alerts:credentials -- ${tenant} <username>)`,
      );
    const set = await passwordGrant(user.username, user.password);
    if (set.user.tenant && set.user.tenant !== tenant)
      throw new Error(`the technical user of tenant ${tenant} belongs to tenant ${set.user.tenant}`);
    return set;
  })();
  tokens.set(tenant, pending);
  pending.catch(() => tokens.get(tenant) === pending && tokens.delete(tenant));
  return (await pending).accessToken;
}

/**
 * Embedded mode with demo data: each demo tenant gets a technical user (`alerts@<tenant>.test`,
 * roles track and report) with a random password, stored sealed, unless it has one already.
 */
export async function ensureEmbeddedTechnicalUsers(): Promise<void> {
  if (!config.embedded || !config.demo) return;
  const [{ getDb }, accounts, { DEMO_TENANTS }] = await Promise.all([
    import("@/lib/track-api/store/db"),
    import("@/lib/track-api/auth/accounts"),
    import("@/lib/track-api/seed/demo-accounts"),
  ]);
  const db = await getDb();
  for (const { id: tenant } of DEMO_TENANTS) {
    if (await technicalUser(tenant).catch(() => null)) continue;
    const email = `alerts@${tenant}.test`;
    const password = crypto.randomBytes(24).toString("base64url");
    const existing = await accounts.findUserByEmail(db, email);
    if (existing) await accounts.setUserPassword(db, existing.id, password);
    else
      await accounts.createUser(db, {
        tenantId: tenant,
        email,
        name: `Alerts (${tenant})`,
        password,
        roles: TECHNICAL_ROLES,
      });
    await setTechnicalUser(tenant, email, password);
  }
}
