// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChannelView, DeliveryView } from "@/lib/alerts/channels/views";
import { render } from "@/test/render";
import { DeliveryLog } from "./delivery-log";
import { RuleChannels } from "./rule-channels";

const channel = (id: string, name: string, kind: ChannelView["kind"] = "webhook"): ChannelView => ({
  id,
  kind,
  name,
  target: kind === "webhook" ? `https://example.com/${id}` : `${id}@example.com`,
  format: kind === "webhook" ? "json" : null,
  createdAt: 0,
  lastDelivery: null,
});
const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => vi.stubGlobal("fetch", fetchMock));
afterEach(() => {
  cleanup();
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

/** Answers the BFF's channel and rule addresses; records PUT bodies. */
function serve(linked: string[], channels = [channel("c1", "Ops hook"), channel("c2", "Ops mail", "email")]) {
  const puts: unknown[] = [];
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    if (url === "/api/alerts/channels") return Response.json({ channels, emailAvailable: true });
    if (url === "/api/alerts/rules/rule%201/channels" && init?.method === "PUT") {
      const body = JSON.parse(String(init.body));
      puts.push(body);
      return Response.json(body);
    }
    if (url === "/api/alerts/rules/rule%201/channels") return Response.json({ channelIds: linked });
    return Response.json({ error: { code: "not_found", message: "no" } }, { status: 404 });
  });
  return puts;
}

describe("RuleChannels", () => {
  it("ticks the linked channels and saves the new choice with PUT", async () => {
    const puts = serve(["c2"]);
    render(<RuleChannels ruleId="rule 1" />);
    const hook = await screen.findByRole("checkbox", { name: /Ops hook/ });
    const mail = screen.getByRole("checkbox", { name: /Ops mail/ }) as HTMLInputElement;
    expect((hook as HTMLInputElement).checked).toBe(false);
    expect(mail.checked).toBe(true);
    const save = screen.getByRole("button", { name: "Save channels" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(hook);
    fireEvent.click(mail);
    fireEvent.click(save);
    await screen.findByText("Channels saved");
    expect(puts).toEqual([{ channelIds: ["c1"] }]);
  });

  it("points to the channels page when there is none", async () => {
    serve([], []);
    render(<RuleChannels ruleId="rule 1" />);
    const link = await screen.findByRole("link", { name: "Add one" });
    expect(link.getAttribute("href")).toBe("/alerts/channels");
  });

  it("says when the channels cannot be loaded, and retries", async () => {
    fetchMock.mockResolvedValue(Response.json({ error: { code: "x", message: "Database down" } }, { status: 503 }));
    render(<RuleChannels ruleId="rule 1" />);
    expect((await screen.findByRole("alert")).textContent).toContain("Database down");
    serve([]);
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await screen.findByRole("checkbox", { name: /Ops hook/ });
  });
});

describe("DeliveryLog", () => {
  const delivery = (over: Partial<DeliveryView>): DeliveryView => ({
    id: "d1",
    channelId: "c1",
    ruleId: "rule 1",
    event: "fired",
    status: "sent",
    attempts: 1,
    nextAttemptAt: null,
    statusCode: 200,
    error: null,
    createdAt: Date.UTC(2026, 2, 2, 9, 0),
    updatedAt: Date.UTC(2026, 2, 2, 9, 0),
    ...over,
  });

  it("lists a rule's deliveries with event, status, response, attempts and error", async () => {
    fetchMock.mockResolvedValue(
      Response.json({
        deliveries: [
          delivery({
            id: "d2",
            event: "resolved",
            status: "failed",
            attempts: 3,
            statusCode: 404,
            error: "answered 404",
          }),
          delivery({}),
        ],
      }),
    );
    render(<DeliveryLog ruleId="rule 1" />);
    const rows = await screen.findAllByRole("row");
    expect(String(fetchMock.mock.calls[0][0])).toBe("/api/alerts/rules/rule%201/deliveries");
    expect(rows.slice(1).map((r) => [...r.querySelectorAll("td")].slice(1).map((td) => td.textContent))).toEqual([
      ["Resolved", "Failed", "404", "3", "answered 404"],
      ["Fired", "Sent", "200", "1", ""],
    ]);
  });

  it("says when there is no delivery yet", async () => {
    fetchMock.mockResolvedValue(Response.json({ deliveries: [] }));
    render(<DeliveryLog channelId="c1" />);
    await screen.findByText("No deliveries yet. Send a test to see one here.");
    await waitFor(() => expect(String(fetchMock.mock.calls[0][0])).toBe("/api/alerts/channels/c1/deliveries"));
  });
});
