import { describe, expect, it } from "vitest";
import { memoryDb } from "@/test/store-fixtures";
import { getJwks, getSigningKey } from "./keys";

describe("signing keys", () => {
  it("generates one ES256 key on first use, stores it, and publishes only its public part", async () => {
    const db = await memoryDb();
    const [a, b] = await Promise.all([getSigningKey(db), getSigningKey(db)]);
    expect(a.kid).toBe(b.kid);

    const rows = await db.selectFrom("signing_keys").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kid: a.kid, alg: "ES256" });
    expect(JSON.parse(rows[0].private_jwk)).toHaveProperty("d");

    const jwks = await getJwks(db);
    expect(jwks.keys).toEqual([
      { kty: "EC", crv: "P-256", x: expect.any(String), y: expect.any(String), kid: a.kid, alg: "ES256", use: "sig" },
    ]);
  });
});
