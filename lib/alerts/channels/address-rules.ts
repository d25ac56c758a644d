import net from "node:net";

/** Why an address may not receive webhooks, or null when it may. */
export type ForbiddenReason =
  "unspecified" | "loopback" | "private" | "link-local" | "metadata" | "shared (CGNAT)" | "multicast" | "reserved";

// IPv4 ranges a webhook may not reach (the metadata address comes before link-local, which holds it).
const V4: [string, number, ForbiddenReason][] = [
  ["169.254.169.254", 32, "metadata"],
  ["0.0.0.0", 8, "unspecified"],
  ["127.0.0.0", 8, "loopback"],
  ["10.0.0.0", 8, "private"],
  ["172.16.0.0", 12, "private"],
  ["192.168.0.0", 16, "private"],
  ["169.254.0.0", 16, "link-local"],
  ["100.64.0.0", 10, "shared (CGNAT)"],
  ["192.0.0.0", 24, "reserved"],
  ["198.18.0.0", 15, "reserved"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

// IPv6 ranges; addresses that embed an IPv4 one (mapped, NAT64, 6to4) are judged by that address.
const V6: [string, number, ForbiddenReason][] = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["::", 96, "reserved"], // IPv4-compatible (deprecated)
  ["fd00:ec2::254", 128, "metadata"],
  ["fc00::", 7, "private"],
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "private"], // site-local (deprecated)
  ["ff00::", 8, "multicast"],
  ["100::", 64, "reserved"], // discard-only
];

function v4Bits(ip: string): bigint {
  return ip.split(".").reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

/** The 128 bits of an IPv6 address (`::` shorthand and a dotted IPv4 tail allowed; no zone). */
function v6Bits(ip: string): bigint {
  let text = ip;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = v4Bits(dotted[1]);
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.reduce((n, group) => (n << 16n) | BigInt(parseInt(group, 16)), 0n);
}

const inRange = (bits: bigint, base: bigint, prefix: number, width: number) =>
  bits >> BigInt(width - prefix) === base >> BigInt(width - prefix);

function v4Reason(bits: bigint): ForbiddenReason | null {
  for (const [base, prefix, reason] of V4) if (inRange(bits, v4Bits(base), prefix, 32)) return reason;
  return null;
}

/**
 * Why a resolved address may not receive a webhook (loopback, private, link-local, CGNAT,
 * unspecified, multicast, reserved or a cloud metadata address), or null when it may. An IPv6
 * address that carries an IPv4 one (IPv4-mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4
 * `2002::/16`) is judged by the IPv4 address it reaches. Anything that is not an IP is refused.
 */
export function forbiddenAddressReason(address: string): ForbiddenReason | null {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = net.isIP(ip);
  if (family === 4) return v4Reason(v4Bits(ip));
  if (family !== 6) return "reserved";
  const bits = v6Bits(ip.toLowerCase());
  if (bits >> 32n === 0xffffn) return v4Reason(bits & 0xffffffffn); // ::ffff:0:0/96
  if (bits >> 32n === 0x64ff9bn << 64n) return v4Reason(bits & 0xffffffffn); // 64:ff9b::/96
  if (bits >> 112n === 0x2002n) return v4Reason((bits >> 80n) & 0xffffffffn); // 2002::/16
  for (const [base, prefix, reason] of V6) if (inRange(bits, v6Bits(base), prefix, 128)) return reason;
  return null;
}
