import dns from "node:dns/promises";
import { forbiddenAddressReason } from "./address-rules";

/** A webhook's host resolved and checked: the one address the request will connect to. */
export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/** A webhook that may not be sent to where its host resolves now. */
export class ForbiddenTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenTargetError";
  }
}

type Lookup = (host: string) => Promise<{ address: string; family: number }[]>;
const lookupAll: Lookup = (host) => dns.lookup(host, { all: true, verbatim: true });

/**
 * Resolves a webhook's host at send time and refuses it when any of its addresses is loopback,
 * private, link-local, metadata or otherwise not public (unless the operator allows private
 * targets); the caller connects to the returned address only, so a second resolution (DNS
 * rebinding) cannot send the request elsewhere.
 */
export async function checkedAddress(host: string, allowPrivate: boolean, lookup = lookupAll): Promise<CheckedAddress> {
  const bare = host.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  try {
    addresses = await lookup(bare);
  } catch (error) {
    throw new Error(`${bare} does not resolve (${(error as NodeJS.ErrnoException).code ?? "lookup failed"})`);
  }
  if (addresses.length === 0) throw new Error(`${bare} does not resolve`);
  if (!allowPrivate)
    for (const { address } of addresses) {
      const reason = forbiddenAddressReason(address);
      if (reason)
        throw new ForbiddenTargetError(
          `${bare} resolves to ${address}, a ${reason} address; webhooks go to public addresses only (ALERT_ALLOW_PRIVATE_TARGETS)`,
        );
    }
  const [first] = addresses;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}
