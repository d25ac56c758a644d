const FALLBACK = "/transactions";

/** A same-origin path to return to after sign-in; anything else (other hosts, `//evil`) falls back. */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || value.length > 4000) return FALLBACK;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return FALLBACK;
  try {
    const url = new URL(value, "http://local.invalid");
    if (url.origin !== "http://local.invalid" || url.pathname.startsWith("/sign-in")) return FALLBACK;
    return url.pathname + url.search + url.hash;
  } catch {
    return FALLBACK;
  }
}
