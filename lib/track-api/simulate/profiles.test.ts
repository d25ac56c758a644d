import { describe, expect, it } from "vitest";
import { buildProfile } from "./profiles";

const ID_FORMS: Record<string, RegExp> = {
  "0037": /^\d{8}$/,
  "0007": /^55[69]\d{7}$/,
  "0192": /^[89]\d{8}$/,
  "0088": /^\d{13}$/,
  "0208": /^[01]\d{9}$/,
};

// Finnish business id check digit (weights 7 9 10 5 8 4 2, mod 11).
const validYTunnus = (v: string) => {
  const r = [7, 9, 10, 5, 8, 4, 2].reduce((s, w, i) => s + w * Number(v[i]), 0) % 11;
  return r !== 1 && Number(v[7]) === (r === 0 ? 0 : 11 - r);
};

describe("buildProfile", () => {
  it("names the known demo tenants and derives a name for others", () => {
    expect(buildProfile("acme", 1).self.name).toBe("Acme Oy");
    expect(buildProfile("globex", 1).self.name).toBe("Globex AB");
    expect(buildProfile("acme", 1).self.id).toMatch(/^0037:\d{8}$/);
    expect(buildProfile("globex", 1).self.id).toMatch(/^0007:\d{10}$/);
    expect(buildProfile("north-wind", 1).self.name).toMatch(/^North Wind (Oy|AB|AS)$/);
  });

  it("is deterministic per tenant and seed", () => {
    const names = (t: string, s: number) => buildProfile(t, s).partners.map((p) => `${p.party.id} ${p.party.name}`);
    expect(names("acme", 7)).toEqual(names("acme", 7));
    expect(names("acme", 7)).not.toEqual(names("acme", 8));
    expect(names("acme", 7)).not.toEqual(names("globex", 7));
  });

  it("gives a few dozen distinct partners with well-formed participant ids", () => {
    for (const tenant of ["acme", "globex", "initech"]) {
      const { partners, self } = buildProfile(tenant, 3);
      expect(partners.length).toBeGreaterThanOrEqual(24);
      expect(partners.length).toBeLessThanOrEqual(60);
      expect(new Set(partners.map((p) => p.party.id)).size).toBe(partners.length);
      expect(new Set(partners.map((p) => p.party.name)).size).toBe(partners.length);
      expect(partners.map((p) => p.party.id)).not.toContain(self.id);
      for (const { party } of partners) {
        const [scheme, value] = party.id.split(":");
        expect(ID_FORMS[scheme], party.id).toBeDefined();
        expect(value).toMatch(ID_FORMS[scheme]);
        if (scheme === "0037") expect(validYTunnus(value), party.id).toBe(true);
      }
    }
  });

  it("has a partner for every document type and a mix of connection kinds", () => {
    const profile = buildProfile("acme", 1);
    for (const [type, list] of Object.entries(profile.partnersByType)) {
      expect(list.length, type).toBeGreaterThan(0);
      for (const [p] of list) expect(p.documentTypes).toContain(type);
    }
    const kinds = new Set(profile.partners.map((p) => p.kind));
    expect(kinds.has("peppol")).toBe(true);
    expect(kinds.size).toBeGreaterThanOrEqual(4);
    expect(
      profile.partners.filter((p) => !p.onNetwork).every((p) => ["print", "email"].includes(p.receiveChannel)),
    ).toBe(true);
  });
});
