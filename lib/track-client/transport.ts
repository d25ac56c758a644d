import "server-only";
import { config } from "@/lib/config";

/**
 * Sends a request to the Track API: over HTTP to a real upstream; in embedded mode straight to the
 * embedded Track API's handler in this process (loopback HTTP for anything it does not route).
 * The signal aborts the wait either way, as it aborts a fetch.
 */
export async function send(url: string, init: RequestInit): Promise<Response> {
  if (!config.embedded) return fetch(url, init);
  const { handleInProcess } = await import("@/lib/track-api/routes");
  const request = new Request(url, init);
  const answer = handleInProcess(request);
  if (!answer) return fetch(url, init);
  return init.signal ? untilAborted(answer, init.signal) : answer;
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener("abort", abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}
