/** Why an upstream Track API call failed, in terms the BFF can answer the browser with. */
export class TrackApiError extends Error {
  constructor(
    /** Status for the browser: the upstream 4xx as is, 502 for upstream faults, 504 for timeouts. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "TrackApiError";
  }
}

export const upstreamUnavailable = (detail: string) =>
  new TrackApiError(
    502,
    "upstream_unavailable",
    `The Track API is not answering properly (${detail}). Try again in a moment.`,
  );
export const upstreamTimeout = () =>
  new TrackApiError(504, "upstream_timeout", "The Track API took too long to answer. Try again in a moment.");
