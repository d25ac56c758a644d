import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { useLiveUpdates } from "./live";

function Status({ url }: { url: string | null }) {
  return <span>{useLiveUpdates(url, [["stats"]]).status}</span>;
}

const serverHtml = (url: string | null) =>
  renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <Status url={url} />
    </QueryClientProvider>,
  );

describe("useLiveUpdates on the server", () => {
  it("renders a live view as connecting, as the browser's first render does (no hydration mismatch)", () => {
    expect(typeof EventSource).toBe("undefined");
    expect(serverHtml("/api/live?range=today")).toBe("<span>connecting</span>");
  });

  it("renders a view without a stream as off", () => {
    expect(serverHtml(null)).toBe("<span>off</span>");
  });
});
