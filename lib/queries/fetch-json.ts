/** The BFF's uniform error body. `param` names the URL parameter behind the problem, when there is one. */
export interface BffErrorBody {
  error: { message: string; code: string; field?: string; param?: string };
}

/** An error answer of the BFF, with its status and the field or URL parameter it names. */
export class BffError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = "BffError";
  }
}

/** GETs JSON from the BFF; any non-2xx answer becomes a `BffError` carrying the server's message. */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: "application/json" } });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new BffError(0, "network", "The server cannot be reached. Check your connection and retry.");
  }
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as BffErrorBody | null;
  throw new BffError(
    response.status,
    body?.error.code ?? "error",
    body?.error.message ?? `The server answered ${response.status}.`,
    body?.error.param,
  );
}
