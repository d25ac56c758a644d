/**
 * Whether every segment of a raw URL path decodes (`%ZZ`, a cut `%E0%A4%A` or an overlong `%C0%AF`
 * do not). Next.js answers such paths with a bare 500, so the proxy answers them first.
 */
export function isDecodablePath(pathname: string): boolean {
  if (!pathname.includes("%")) return true;
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** Paths of JSON APIs (the BFF, the auth service, the Track API), as opposed to pages. */
export function isApiPath(pathname: string): boolean {
  return /^\/(api|auth|track)(\/|$)/.test(pathname);
}
