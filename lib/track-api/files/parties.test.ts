import { describe, expect, it } from "vitest";
import { iban, partyDetails, splitPartyId } from "./parties";
import { finnishReference } from "./references";

describe("parties", () => {
  it("splits scheme-qualified participant ids", () => {
    expect(splitPartyId("0037:12345678")).toEqual({ scheme: "0037", id: "12345678" });
    expect(splitPartyId("0088:7300010000001")).toEqual({ scheme: "0088", id: "7300010000001" });
    expect(splitPartyId("FI12345678")).toEqual({ scheme: null, id: "FI12345678" });
  });

  it("derives national ids, EDI address and a stable address from the party id", () => {
    const party = partyDetails({ id: "0037:12345678", name: " Acme Oy " }, "Unknown");
    expect(party).toMatchObject({
      name: "Acme Oy",
      country: "FI",
      vatId: "FI12345678",
      companyId: "1234567-8",
      ediAddress: "003712345678",
    });
    expect(partyDetails({ id: "0037:12345678", name: "Renamed Oy" }, "Unknown").street).toBe(party.street);
    expect(partyDetails({ id: "0192:987654321", name: "Norsk AS" }, "Unknown")).toMatchObject({
      country: "NO",
      vatId: "NO987654321MVA",
    });
  });

  it("computes IBAN check digits (ISO 13616 mod 97)", () => {
    expect(iban("FI", "12345600000785")).toBe("FI2112345600000785");
    expect(iban("DE", "370400440532013000")).toBe("DE89370400440532013000");
    const generated = partyDetails({ id: "0007:5560360793", name: "Svensk AB" }, "Unknown").iban;
    expect(generated).toMatch(/^SE\d{22}$/);
    expect(iban("SE", generated.slice(4))).toBe(generated);
  });

  it("computes Finnish reference check digits (7-3-1)", () => {
    expect(finnishReference("123")).toBe("1232");
    expect(finnishReference("1234561")).toBe("12345614"); // 1·7+6·3+5·1+4·7+3·3+2·1+1·7 = 76 → 4
    expect(finnishReference("100")).toBe("1009");
    expect(finnishReference("INV-000123")).toBe("1232"); // digits only, leading zeros dropped
  });
});
