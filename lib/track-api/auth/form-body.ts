import { OAuthError } from "./oauth-error";

/** Token requests are a handful of short fields; anything bigger is refused before it is buffered. */
const MAX_FORM_BYTES = 16 * 1024;

/**
 * Reads an `application/x-www-form-urlencoded` body (RFC 6749 §3.2), refusing other content types,
 * bodies over 16 KiB and repeated parameters with `invalid_request`.
 */
export async function readForm(request: Request): Promise<URLSearchParams> {
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    throw new OAuthError("invalid_request", "Send the body as application/x-www-form-urlencoded");
  }
  const form = new URLSearchParams(await readLimited(request, MAX_FORM_BYTES));
  for (const name of new Set(form.keys())) {
    if (form.getAll(name).length > 1)
      throw new OAuthError("invalid_request", `Parameter ${name.slice(0, 40)} is repeated`);
  }
  return form;
}

async function readLimited(request: Request, limit: number): Promise<string> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(): OAuthError {
  return new OAuthError("invalid_request", "The request body is too large", 413);
}
