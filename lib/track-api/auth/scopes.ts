/** Scope values the embedded auth service grants (case-sensitive, as the seed's script sends them). */
export const SCOPES = ["openid", "email", "userInfo", "roles"] as const;
export type Scope = (typeof SCOPES)[number];

export type ScopeParse = { ok: true; scopes: Scope[] } | { ok: false; unknown: string };

/** Parses a space-separated scope parameter; absent or blank means every scope. Canonical order, no duplicates. */
export function parseScope(value: string | null | undefined): ScopeParse {
  const requested = (value ?? "").split(" ").filter(Boolean);
  if (requested.length === 0) return { ok: true, scopes: [...SCOPES] };
  const unknown = requested.find((s) => !(SCOPES as readonly string[]).includes(s));
  if (unknown !== undefined) return { ok: false, unknown };
  return { ok: true, scopes: SCOPES.filter((s) => requested.includes(s)) };
}

/** Formats scopes as the space-separated string used in tokens and responses. */
export function formatScope(scopes: readonly string[]): string {
  return scopes.join(" ");
}

/** True when every scope in `requested` is also in `granted`. */
export function isSubsetScope(requested: readonly string[], granted: readonly string[]): boolean {
  return requested.every((s) => granted.includes(s));
}
