import { HttpError } from "./errors";

/** Largest JSON body by default: a search, stats or export body is a few kilobytes at most. */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads a JSON request body; a wrong content type (415), a body over `maxBytes` (413, refused before
 * it is buffered) or malformed JSON (400) is a client error naming the problem, never a 500.
 */
export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) {
    throw new HttpError(
      415,
      "unsupported_media_type",
      "content-type: send the body as application/json",
      "content-type",
    );
  }
  const text = await readText(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "invalid_json", "The body is not valid JSON", "body");
  }
}

async function readText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new HttpError(413, "payload_too_large", `The body is larger than ${Math.round(maxBytes / 1024)} KiB`, "body");
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, "invalid_body", "The body could not be read", "body");
  }
  return Buffer.concat(chunks).toString("utf8");
}
