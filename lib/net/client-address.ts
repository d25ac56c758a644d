import { isIP, isIPv6 } from "node:net";
import { config } from "@/lib/config";

/**
 * The header that carries the TCP peer's address to route handlers. The server sets it on every
 * request (peer-address-hook.ts), replacing any value a client sent under that name.
 */
export const PEER_ADDRESS_HEADER = "x-track-peer-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * The client's address. With no trusted proxy (`hops` 0) it is the socket's and X-Forwarded-For is
 * ignored; otherwise it is the X-Forwarded-For entry `hops` places from the right, the one the
 * outermost trusted proxy appended. Entries further left are the client's own word and never used.
 */
export function clientAddress(headers: HeaderSource, hops = config.trustProxyHops): string {
  const peer = header(headers, PEER_ADDRESS_HEADER) ?? "";
  if (hops === 0) return normalizeAddress(peer);
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  // NOTE: a shorter chain means the request did not pass every proxy; the furthest entry is the best left.
  return normalizeAddress(chain.at(-1 - hops) ?? chain[0]);
}

/** An IP address without port, brackets or IPv4-mapped prefix, lower-cased; "unknown" if it is none. */
export function normalizeAddress(value: string | undefined): string {
  let address = (value ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(address) ? address : "unknown";
}

/**
 * The block an address is counted under: an IPv4 address itself, an IPv6 address's /64 (one
 * host usually holds a whole /64, so counting single IPv6 addresses would be easy to dodge).
 */
export function addressBlock(address: string): string {
  if (!isIPv6(address)) return address;
  const [left, right] = address.split("::");
  const head = left ? left.split(":") : [];
  const tail = right === undefined ? [] : right ? right.split(":") : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) fills two of the eight groups.
  const tailGroups = tail.length + (tail.at(-1)?.includes(".") ? 1 : 0);
  const groups =
    right === undefined ? head : [...head, ...Array<string>(8 - head.length - tailGroups).fill("0"), ...tail];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}
