// NOTE: no imports: next.config.ts reads this file too, before any bundling.

/** What pages, API answers and files may load; only the script rule differs between them. */
const BASE = [
  "default-src 'self'",
  // Inline style attributes (charts, layout) stay allowed; scripts are what a nonce guards.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  // The file preview shows PDFs in a frame: the browser's viewer is a plugin.
  "object-src 'self' blob:",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The Content-Security-Policy header. A page gets a per-request `nonce`: its inline scripts (Next.js
 * adds the nonce to its own) run, any other inline script does not. Other answers (JSON, files, the
 * API reference) get no inline scripts at all. Development adds 'unsafe-eval' for React's debugging.
 */
export function contentSecurityPolicy({ nonce, dev = false }: { nonce?: string; dev?: boolean } = {}): string {
  const script = ["script-src 'self'", nonce ? `'nonce-${nonce}'` : "", dev ? "'unsafe-eval'" : ""]
    .filter(Boolean)
    .join(" ");
  return [...BASE.slice(0, 1), script, ...BASE.slice(1)].join("; ");
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
