import { describe, expect, it } from "vitest";
import { DEFAULT_SCRYPT_PARAMS, hashPassword, verifyPassword } from "./passwords";

// Cheap parameters keep these tests fast; the format carries them, so verification reads them back.
const FAST = { N: 1024, r: 8, p: 1 };

describe("passwords", () => {
  it("hashes with the default parameters in the scrypt$N$r$p$salt$hash format", async () => {
    const hash = await hashPassword("demo");
    const { N, r, p } = DEFAULT_SCRYPT_PARAMS;
    expect(hash).toMatch(new RegExp(`^scrypt\\$${N}\\$${r}\\$${p}\\$[\\w-]{22}\\$[\\w-]{43}$`));
    expect(await verifyPassword("demo", hash)).toBe(true);
  });

  it("verifies only the right secret", async () => {
    const hash = await hashPassword("correct horse", FAST);
    expect(await verifyPassword("correct horse", hash)).toBe(true);
    expect(await verifyPassword("correct hors", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    const [a, b] = await Promise.all([hashPassword("same", FAST), hashPassword("same", FAST)]);
    expect(a).not.toBe(b);
  });

  it.each([
    "",
    "plain",
    "bcrypt$1$2$3$4$5",
    "scrypt$1000$8$1$c2FsdA$aGFzaA",
    "scrypt$1024$8$1$$aGFzaA",
    "scrypt$4194304$8$1$c2FsdA$aGFzaA",
  ])("never matches the malformed hash %j", async (stored) => {
    expect(await verifyPassword("demo", stored)).toBe(false);
  });
});
