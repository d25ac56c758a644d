import { randomUUID } from "node:crypto";
import { ROLES, type Role } from "@/lib/domain/enums";
import type { Db } from "@/lib/track-api/store/db";
import type { ClientRow, TenantRow } from "@/lib/track-api/store/schema";
import { hashPassword } from "./passwords";

/** A user as the auth code sees it: roles parsed, `locked` as a boolean, no password hash. */
export interface User {
  id: string;
  tenantId: string;
  email: string;
  name: string;
  roles: Role[];
  locked: boolean;
}

/** A user plus the stored password hash, for sign-in only. */
export interface UserWithHash extends User {
  passwordHash: string;
}

/** Normalises a user name/e-mail for storage and lookup (sign-in is case-insensitive). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Parses the stored space-separated roles, dropping any this build does not know. */
export function parseRoles(roles: string): Role[] {
  const names = roles.split(" ");
  return ROLES.filter((role) => names.includes(role));
}

/** Creates a tenant. */
export async function createTenant(db: Db, tenant: { id: string; name: string }, now = Date.now()): Promise<TenantRow> {
  const row = { ...tenant, created_at: now };
  await db.insertInto("tenants").values(row).execute();
  return row;
}

/** Finds a tenant by id. */
export function findTenant(db: Db, id: string): Promise<TenantRow | undefined> {
  return db.selectFrom("tenants").selectAll().where("id", "=", id).executeTakeFirst();
}

export interface NewUser {
  tenantId: string;
  email: string;
  name: string;
  password: string;
  roles: readonly Role[];
  locked?: boolean;
}

/** Creates a user with a hashed password; the e-mail (the sign-in name) is stored lower-cased. */
export async function createUser(db: Db, user: NewUser, now = Date.now()): Promise<User> {
  const row = {
    id: randomUUID(),
    tenant_id: user.tenantId,
    email: normalizeEmail(user.email),
    name: user.name,
    password_hash: await hashPassword(user.password),
    roles: ROLES.filter((role) => user.roles.includes(role)).join(" "),
    locked: user.locked ? 1 : 0,
    created_at: now,
  };
  await db.insertInto("users").values(row).execute();
  return toUser(row);
}

type StoredUser = {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  roles: string;
  locked: number;
  password_hash: string;
};

function toUser(row: StoredUser): User {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    email: row.email,
    name: row.name,
    roles: parseRoles(row.roles),
    locked: row.locked !== 0,
  };
}

/** Finds a user by e-mail (case-insensitive), with the password hash for sign-in. */
export async function findUserByEmail(db: Db, email: string): Promise<UserWithHash | undefined> {
  const row = await db.selectFrom("users").selectAll().where("email", "=", normalizeEmail(email)).executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

/** Finds a user by id. */
export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toUser(row);
}

/** Locks or unlocks a user; a locked user can neither sign in, refresh, nor use issued tokens. */
export async function setUserLocked(db: Db, userId: string, locked: boolean): Promise<void> {
  await db
    .updateTable("users")
    .set({ locked: locked ? 1 : 0 })
    .where("id", "=", userId)
    .execute();
}

/** Replaces a user's password. */
export async function setUserPassword(db: Db, userId: string, password: string): Promise<void> {
  await db
    .updateTable("users")
    .set({ password_hash: await hashPassword(password) })
    .where("id", "=", userId)
    .execute();
}

/** Creates an OAuth client with a hashed secret. */
export async function createClient(
  db: Db,
  client: { id: string; name: string; secret: string },
  now = Date.now(),
): Promise<Omit<ClientRow, "secret_hash">> {
  const row = { id: client.id, name: client.name, secret_hash: await hashPassword(client.secret), created_at: now };
  await db.insertInto("clients").values(row).execute();
  return { id: row.id, name: row.name, created_at: row.created_at };
}

/** Finds an OAuth client by id, with its secret hash. */
export function findClient(db: Db, id: string): Promise<ClientRow | undefined> {
  return db.selectFrom("clients").selectAll().where("id", "=", id).executeTakeFirst();
}
