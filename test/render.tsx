import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render as rtlRender, type RenderOptions } from "@testing-library/react";
import { NuqsTestingAdapter, type UrlUpdateEvent } from "nuqs/adapters/testing";
import type { ReactElement, ReactNode } from "react";

/**
 * Renders a component with a fresh QueryClient (no retries) and nuqs's testing adapter.
 * `searchParams` seeds the URL; `onUrlUpdate` sees every URL change the component makes.
 */
export function render(
  ui: ReactElement,
  {
    searchParams = "",
    onUrlUpdate,
    ...options
  }: { searchParams?: string; onUrlUpdate?: (event: UrlUpdateEvent) => void } & RenderOptions = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <NuqsTestingAdapter searchParams={searchParams} onUrlUpdate={onUrlUpdate} hasMemory>
        {children}
      </NuqsTestingAdapter>
    </QueryClientProvider>
  );
  return { client, ...rtlRender(ui, { wrapper, ...options }) };
}
