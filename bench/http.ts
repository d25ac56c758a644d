/** A cookie jar of one client: the cookies a server set, sent back on every request. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
  }
  /** The cookies as name/value pairs (for a browser context). */
  entries(): [string, string][] {
    return [...this.cookies];
  }
  get header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * Signs in to the dashboard through next-auth's credentials flow; returns the session's cookies.
 * NOTE: on a machine loaded far past its cores the BFF's call to the token endpoint can time out
 * (a 401 here); the sign-in is tried up to three times before the bench gives up.
 */
export async function signIn(base: string, username: string, password: string): Promise<CookieJar> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signInOnce(base, username, password);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

async function signInOnce(base: string, username: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  jar.store(response);
  await response.body?.cancel();
  const session = await fetch(`${base}/api/auth/session`, { headers: { cookie: jar.header } });
  const body = (await session.json()) as { user?: { email?: string } };
  if (body.user?.email !== username) throw new Error(`sign-in as ${username} failed (status ${response.status})`);
  return jar;
}

/** An access token from the embedded Track API (password grant with the demo client). */
export async function accessToken(base: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${base}/auth/token`, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from("demo-client:demo-secret").toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ grant_type: "password", username, password, scope: "openid email userInfo roles" }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Fetches and fully reads a response; throws on a non-2xx status. */
export async function fetchOk(url: string, init: RequestInit = {}): Promise<string> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${response.status} ${text.slice(0, 300)}`);
  return text;
}
