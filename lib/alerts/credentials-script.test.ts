import { describe, expect, it } from "vitest";
import { PURPOSE, sealValue } from "@/scripts/alerts-credentials.mjs";
import { sealer } from "@/lib/cluster/sealed";

describe("npm run alerts:credentials", () => {
  it("seals a password that the server opens with its own key", () => {
    const sealed = sealValue("s3cret", PURPOSE, "p4ss word");
    expect(sealer("s3cret", "alert technical users").open<string>(sealed)).toBe("p4ss word");
    expect(() => sealer("other", "alert technical users").open<string>(sealed)).toThrow();
  });
});
