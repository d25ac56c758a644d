/**
 * The wait before the next attempt after `attempts` failed ones: base, 4 × base, 16 × base… (with
 * the default 30 s base: 30 s, 2 min, 8 min, 32 min, about 2 h), or null when no attempt is left.
 */
export function retryDelay(attempts: number, baseMs: number, maxAttempts: number): number | null {
  if (attempts >= maxAttempts) return null;
  return baseMs * 4 ** (attempts - 1);
}

/**
 * Whether a failed webhook answer may succeed later: 5xx, 408 (timeout) and 429 (too many
 * requests) are tried again; any other 4xx or a redirect is the receiver's final word.
 */
export function retryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}
