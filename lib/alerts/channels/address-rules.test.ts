import { describe, expect, it } from "vitest";
import { forbiddenAddressReason } from "./address-rules";
import { checkedAddress, ForbiddenTargetError } from "./resolve-target";

describe("webhook address rules", () => {
  it.each([
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.0.1", "link-local"],
    ["169.254.169.254", "metadata"],
    ["100.64.0.1", "shared (CGNAT)"],
    ["100.127.255.255", "shared (CGNAT)"],
    ["100.100.100.200", "shared (CGNAT)"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["192.0.0.192", "reserved"],
  ])("refuses IPv4 %s (%s)", (address, reason) => {
    expect(forbiddenAddressReason(address)).toBe(reason);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.255.255",
    "100.128.0.1",
    "169.253.1.1",
    "223.255.255.255",
    "93.184.216.34",
  ])("allows public IPv4 %s", (address) => {
    expect(forbiddenAddressReason(address)).toBeNull();
  });

  it.each([
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["[::1]", "loopback"],
    ["fc00::1", "private"],
    ["fdff:ffff::1", "private"],
    ["fd00:ec2::254", "metadata"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["fec0::1", "private"],
    ["ff02::1", "multicast"],
    ["100::1", "reserved"],
    ["::7f00:1", "reserved"],
  ])("refuses IPv6 %s (%s)", (address, reason) => {
    expect(forbiddenAddressReason(address)).toBe(reason);
  });

  it.each(["2001:4860:4860::8888", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "fbff::1", "ff::1"])(
    "allows public IPv6 %s",
    (address) => {
      expect(forbiddenAddressReason(address)).toBeNull();
    },
  );

  it.each([
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::FFFF:10.1.2.3", "private"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::ffff:a9fe:a9fe", "metadata"],
    ["0:0:0:0:0:ffff:c0a8:0101", "private"],
    ["64:ff9b::127.0.0.1", "loopback"],
    ["64:ff9b::a00:1", "private"],
    ["2002:7f00:1::", "loopback"],
    ["2002:a9fe:a9fe::1", "metadata"],
  ])("judges IPv6 %s by the IPv4 address it carries (%s)", (address, reason) => {
    expect(forbiddenAddressReason(address)).toBe(reason);
  });

  it.each(["::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"])(
    "allows %s, which carries a public IPv4 address",
    (address) => {
      expect(forbiddenAddressReason(address)).toBeNull();
    },
  );

  it("refuses what is not an address", () => {
    expect(forbiddenAddressReason("localhost")).toBe("reserved");
    expect(forbiddenAddressReason("")).toBe("reserved");
  });
});

describe("a webhook host resolved at send time", () => {
  const resolving =
    (...addresses: string[]) =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

  it("pins the first address of a public host", async () => {
    expect(await checkedAddress("hooks.example.com", false, resolving("93.184.216.34", "2606:2800:220:1::1"))).toEqual({
      address: "93.184.216.34",
      family: 4,
    });
  });

  it("refuses a host when any of its addresses is not public, naming it", async () => {
    const check = checkedAddress("rebind.example.com", false, resolving("93.184.216.34", "127.0.0.1"));
    await expect(check).rejects.toThrow(ForbiddenTargetError);
    await expect(check).rejects.toThrow(/127\.0\.0\.1, a loopback address/);
    await expect(checkedAddress("[::1]", false, resolving("::1"))).rejects.toThrow(/loopback/);
    await expect(checkedAddress("meta", false, resolving("169.254.169.254"))).rejects.toThrow(/metadata/);
  });

  it("allows private addresses when the operator does", async () => {
    expect(await checkedAddress("127.0.0.1", true, resolving("127.0.0.1"))).toEqual({
      address: "127.0.0.1",
      family: 4,
    });
  });

  it("says so when the host does not resolve", async () => {
    const failing = async () => {
      throw Object.assign(new Error("nope"), { code: "ENOTFOUND" });
    };
    await expect(checkedAddress("nowhere.invalid", false, failing)).rejects.toThrow(/does not resolve \(ENOTFOUND\)/);
  });
});
