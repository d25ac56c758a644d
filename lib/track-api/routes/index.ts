import { ENDPOINTS } from "@/lib/track-api/endpoints";
import { markInProcess } from "@/lib/track-api/http/request-address";
import { POST as exportEvents } from "./event-export";
import { POST as exportTransactions } from "./export";
import { POST as facets } from "./facets";
import { GET as file } from "./file";
import { GET as health } from "./health";
import { POST as revoke } from "./revoke";
import { POST as search } from "./search";
import { POST as stats } from "./stats";
import { POST as token } from "./token";
import { GET as transaction } from "./transaction";

type Params = Record<string, string>;
type Handler<P extends Params> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

interface Route {
  method: "GET" | "POST";
  path: RegExp;
  run: (request: Request, params: Params) => Promise<Response>;
}

function route<P extends Params>({ method, path }: Pick<Route, "method" | "path">, handler: Handler<P>): Route {
  // The path's named groups are exactly the handler's parameters.
  return { method, path, run: (request, params) => handler(request, { params: Promise.resolve(params as P) }) };
}

/** The embedded Track API routes the BFF calls; app/auth and app/track mount the same handlers. */
const ROUTES: Route[] = [
  route(ENDPOINTS.token, token),
  route(ENDPOINTS.revoke, revoke),
  route(ENDPOINTS.search, search),
  route(ENDPOINTS.export, exportTransactions),
  route(ENDPOINTS.eventExport, exportEvents),
  route(ENDPOINTS.stats, stats),
  route(ENDPOINTS.facets, facets),
  route(ENDPOINTS.transaction, transaction),
  route(ENDPOINTS.file, file),
  route(ENDPOINTS.health, health),
];

/**
 * Answers a Track API request in-process, with the same handler and the same Request/Response
 * contract as over HTTP; undefined when no route here takes it. In embedded mode this spares the
 * BFF a loopback connection, a second pass through the server and compressing the answer.
 */
export function handleInProcess(request: Request): Promise<Response> | undefined {
  const { pathname } = new URL(request.url);
  for (const { method, path, run } of ROUTES) {
    const match = request.method === method ? path.exec(pathname) : null;
    if (!match) continue;
    const params = Object.fromEntries(
      Object.entries(match.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]),
    );
    return run(markInProcess(request), params);
  }
  return undefined;
}
