import { QueryCache, QueryClient } from "@tanstack/react-query";
import { BffError } from "./fetch-json";

/** The one QueryClient factory: short staleness for live data, no retry on client errors. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // A session that can no longer be refreshed sends the person to sign-in and back here.
        if (error instanceof BffError && error.status === 401 && typeof window !== "undefined") {
          const back = window.location.pathname + window.location.search;
          // A full navigation: the sign-in page starts a new session from scratch.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign(`/sign-in?callbackUrl=${encodeURIComponent(back)}&reason=expired`);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        // The BFF already retries the upstream with backoff; the browser only retries lost connections.
        retry: (count, error) => error instanceof BffError && error.status === 0 && count < 2,
      },
    },
  });
}
