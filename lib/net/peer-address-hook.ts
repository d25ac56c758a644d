import http from "node:http";
import https from "node:https";
import { PEER_ADDRESS_HEADER } from "./client-address";

// Node emits one of these for every HTTP request, depending on its Expect header.
const REQUEST_EVENTS = new Set<string | symbol>(["request", "checkContinue", "checkExpectation"]);

const state = globalThis as unknown as { __trackPeerAddressHook?: boolean };

/**
 * Makes this process's HTTP servers stamp every request with the socket's remote address in
 * PEER_ADDRESS_HEADER, replacing whatever a client sent under that name. Route handlers only see
 * headers, and `next start` keeps a client's own X-Forwarded-For instead of the socket's address,
 * so this is the one address a client cannot choose.
 *
 * NOTE: it wraps the servers' `emit`, so it also covers the server `next start` created before
 * instrumentation's register() runs (which Next awaits before the first request).
 */
export function installPeerAddressHeader(): void {
  if (state.__trackPeerAddressHook) return;
  state.__trackPeerAddressHook = true;
  for (const proto of [http.Server.prototype, https.Server.prototype]) {
    const emit = proto.emit;
    proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (REQUEST_EVENTS.has(event)) {
        const request = args[0] as http.IncomingMessage;
        request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
  }
}
