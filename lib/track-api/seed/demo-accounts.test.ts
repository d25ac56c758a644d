import { describe, expect, it } from "vitest";
import { findClient, findUserByEmail } from "@/lib/track-api/auth/accounts";
import { verifyPassword } from "@/lib/track-api/auth/passwords";
import { memoryDb } from "@/test/store-fixtures";
import { DEMO_ACCOUNTS, DEMO_CLIENT, ensureDemoAccounts } from "./demo-accounts";

describe("ensureDemoAccounts", () => {
  it("creates the demo tenants, client and users once, with working passwords", async () => {
    const db = await memoryDb();
    await ensureDemoAccounts(db);
    await ensureDemoAccounts(db);

    expect(await db.selectFrom("tenants").select(["id", "name"]).orderBy("id").execute()).toEqual([
      { id: "acme", name: "Acme Oy" },
      { id: "globex", name: "Globex AB" },
    ]);
    expect(await db.selectFrom("users").select(db.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).toEqual({
      n: DEMO_ACCOUNTS.length,
    });
    const client = await findClient(db, DEMO_CLIENT.id);
    expect(await verifyPassword("demo-secret", client!.secret_hash)).toBe(true);

    for (const account of DEMO_ACCOUNTS) {
      const user = await findUserByEmail(db, account.email);
      expect(user).toMatchObject({ tenantId: account.tenant, roles: account.roles, locked: false });
    }
    const demo = await findUserByEmail(db, "demo@acme.test");
    expect(await verifyPassword("demo", demo!.passwordHash)).toBe(true);
  });
});
