import { decode, encode } from "next-auth/jwt";
import { accessToken as passwordToken, signIn } from "../../bench/http";
import { readEvents } from "../../bench/live";

export const SESSION_COOKIE = "next-auth.session-token";
export const DEMO_BASIC = `Basic ${Buffer.from("demo-client:demo-secret").toString("base64")}`;

/** Signs in over HTTP as the sign-in form does (next-auth's credentials flow): the session's Cookie header. */
export async function signInCookie(baseUrl: string, username = "demo@acme.test", password = "demo"): Promise<string> {
  return (await signIn(baseUrl, username, password)).header;
}

/** What a session cookie (in a Cookie header) holds, opened with the shared secret. */
export async function readSession(cookie: string, secret: string): Promise<Record<string, unknown>> {
  const sealed = cookie
    .split("; ")
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);
  const token = sealed ? await decode({ token: sealed, secret }) : null;
  if (!token) throw new Error("the session cookie does not decrypt with the cluster's AUTH_SECRET");
  return token;
}

/** The same session with its fields changed (e.g. an access token about to expire), sealed with the shared secret. */
export async function rewriteSession(cookie: string, secret: string, change: Record<string, unknown>): Promise<string> {
  const token = await readSession(cookie, secret);
  const value = await encode({ token: { ...token, ...change }, secret, maxAge: 12 * 60 * 60 });
  return `${SESSION_COOKIE}=${value}`;
}

/** The session cookie a response set, if it set one. */
export const sessionSet = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(";")[0];

/** An access token of a demo user (password "demo") straight from the auth service at `baseUrl`. */
export const accessToken = (baseUrl: string, username: string) => passwordToken(baseUrl, username, "demo");

/** Posts events to the Track API's ingest endpoint at `baseUrl`; the HTTP status. */
export async function postEvents(baseUrl: string, token: string, events: unknown[]): Promise<number> {
  const response = await fetch(`${baseUrl}/track/api/events`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ events }),
  });
  await response.body?.cancel();
  return response.status;
}

/**
 * A live stream (GET /api/live) read as the browser's EventSource would: `next(name)` resolves with
 * the arrival time of the next event of that name.
 */
export function openLive(url: string, cookie: string) {
  const controller = new AbortController();
  const seen: { event: string; at: number }[] = [];
  let read = 0;
  const waiters = new Set<() => void>();
  const done = (async () => {
    const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
    if (!response.ok || !response.body) throw new Error(`live stream ${url}: ${response.status}`);
    await readEvents(response.body, (event) => {
      seen.push({ event, at: Date.now() });
      for (const wake of [...waiters]) wake();
    });
  })().catch(() => {});
  return {
    /** Resolves with the arrival time of the next `event` not yet consumed. */
    async next(event: string, timeoutMs = 10_000): Promise<number> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = seen.findIndex((e, i) => i >= read && e.event === event);
        if (index >= 0) {
          read = index + 1;
          return seen[index]!.at;
        }
        if (Date.now() > deadline)
          throw new Error(`no "${event}" within ${timeoutMs} ms (got ${seen.map((e) => e.event).join()})`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            resolve();
          };
          waiters.add(wake);
          setTimeout(wake, 100);
        });
      }
    },
    events: () => seen.map((e) => e.event),
    close: async () => {
      controller.abort();
      await done;
    },
  };
}
