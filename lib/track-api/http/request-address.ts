import { clientAddress, normalizeAddress } from "@/lib/net/client-address";

// On globalThis: Next.js may bundle this module more than once, and every copy must see the set.
const shared = globalThis as unknown as { __trackInProcessRequests?: WeakSet<Request> };
const inProcess = (shared.__trackInProcessRequests ??= new WeakSet());

/** Marks a request the BFF hands to the embedded Track API inside this process (routes/index.ts). */
export function markInProcess(request: Request): Request {
  inProcess.add(request);
  return request;
}

/**
 * The address a Track API request came from. Over HTTP: the client address rule (the socket's, or
 * per TRUST_PROXY_HOPS). Handed over in-process: the address the BFF found for the browser and put
 * in X-Forwarded-For, which only this process can have written on that request object.
 */
export function requestAddress(request: Request): string {
  if (!inProcess.has(request)) return clientAddress(request.headers);
  const forwarded = request.headers.get("x-forwarded-for")?.split(",").at(-1);
  return forwarded ? normalizeAddress(forwarded) : "in-process";
}
