import { describe, expect, it } from "vitest";
import { addressBlock, clientAddress, normalizeAddress, PEER_ADDRESS_HEADER } from "./client-address";

const headers = (peer: string | null, forwarded?: string) =>
  new Headers({
    ...(peer === null ? {} : { [PEER_ADDRESS_HEADER]: peer }),
    ...(forwarded === undefined ? {} : { "x-forwarded-for": forwarded }),
  });

describe("clientAddress", () => {
  it.each<[string, string | null, string | undefined, number, string]>([
    ["no proxy: the socket's address", "::ffff:192.0.2.7", undefined, 0, "192.0.2.7"],
    ["no proxy: a client's X-Forwarded-For is ignored", "192.0.2.7", "203.0.113.9", 0, "192.0.2.7"],
    ["no proxy: a forged chain is ignored", "192.0.2.7", "203.0.113.9, 198.51.100.1", 0, "192.0.2.7"],
    ["one proxy: the entry it appended", "10.0.0.2", "203.0.113.9", 1, "203.0.113.9"],
    ["one proxy: what the client put before it is ignored", "10.0.0.2", "6.6.6.6, 203.0.113.9", 1, "203.0.113.9"],
    ["two proxies: two from the right", "10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1", 2, "203.0.113.9"],
    ["more hops than entries: the furthest entry", "10.0.0.2", "203.0.113.9", 3, "203.0.113.9"],
    ["one proxy, no header: the proxy itself", "10.0.0.2", undefined, 1, "10.0.0.2"],
    ["entries with ports and brackets", "10.0.0.2", "[2001:db8::1]:443", 1, "2001:db8::1"],
    ["an entry that is not an address", "10.0.0.2", "evil, not-an-ip", 1, "unknown"],
    ["no peer header (not stamped)", null, "203.0.113.9", 0, "unknown"],
    ["one proxy, peer not stamped: still the entry the proxy appended", null, "203.0.113.9", 1, "203.0.113.9"],
  ])("%s", (_, peer, forwarded, hops, expected) => {
    expect(clientAddress(headers(peer, forwarded), hops)).toBe(expected);
  });

  it("reads plain header records as next-auth passes them", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "192.0.2.7", "x-forwarded-for": "6.6.6.6" }, 0)).toBe("192.0.2.7");
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": ["6.6.6.6", "203.0.113.9"] }, 1)).toBe(
      "203.0.113.9",
    );
  });
});

describe("normalizeAddress", () => {
  it.each([
    ["192.0.2.7", "192.0.2.7"],
    [" ::FFFF:192.0.2.7 ", "192.0.2.7"],
    ["192.0.2.7:8080", "192.0.2.7"],
    ["[::1]", "::1"],
    ["2001:DB8::1", "2001:db8::1"],
    ["", "unknown"],
    ["localhost", "unknown"],
    [undefined, "unknown"],
  ])("%j → %s", (value, expected) => {
    expect(normalizeAddress(value)).toBe(expected);
  });
});

describe("addressBlock", () => {
  it.each([
    ["192.0.2.7", "192.0.2.7"],
    ["2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"],
    ["2001:db8:1:2:bbbb:cccc:dddd:eeee", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["64:ff9b::192.0.2.7", "64:ff9b:0:0::/64"],
  ])("%s → %s", (address, expected) => {
    expect(addressBlock(address)).toBe(expected);
  });
});
