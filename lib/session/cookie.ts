/** Session lifetime: a working day; the access token inside is refreshed as it nears expiry. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** next-auth's session cookie name: the `__Secure-` variant when the app is served over HTTPS. */
export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function secureCookies(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}
