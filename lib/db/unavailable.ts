// Connection-level failures: node's socket errors, PostgreSQL's class 08 (connection exception),
// 57P01–57P03 (shutdown, crash, cannot connect now), 53300 (too many connections) and 57014 (a
// statement cancelled by the statement timeout).
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH"]);
const SERVER_CODES = new Set(["57P01", "57P02", "57P03", "53300", "57014"]);

/**
 * Whether an error means the database could not answer (down, restarting, out of connections, too
 * slow) rather than that a statement was wrong: the caller answers 503 and tries again later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith("08")))
    return true;
  // pg's own words when the server goes away mid-query or a pooled connection cannot be made in time.
  return /Connection terminated|timeout exceeded when trying to connect/i.test(error.message);
}
