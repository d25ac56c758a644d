import type { z } from "zod";

/** An error that maps to one HTTP response with the uniform body `{ error: { message, code, field? } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const badRequest = (message: string, field?: string) => new HttpError(400, "invalid_request", message, field);
export const notFound = (what = "Not found") => new HttpError(404, "not_found", what);
export const forbidden = (message: string) => new HttpError(403, "forbidden", message);

/** Turns the first zod issue into a 400 whose message names the offending field path. */
export function fromZodError(error: z.ZodError, prefix?: string): HttpError {
  const issue = error.issues[0];
  const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)];
  if (issue.code === "unrecognized_keys") {
    const key = [...path, issue.keys[0]].join(".");
    return badRequest(`Unknown field "${key}"`, key);
  }
  const field = path.length ? path.join(".") : "body";
  return badRequest(`${field}: ${issue.message}`, field);
}

export function errorBody(error: HttpError) {
  return { error: { message: error.message, code: error.code, ...(error.field ? { field: error.field } : {}) } };
}
