// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChannelView } from "@/lib/alerts/channels/views";
import { render } from "@/test/render";
import { ChannelItem } from "./channel-item";

const CHANNEL: ChannelView = {
  id: "c1",
  kind: "webhook",
  name: "Ops hook",
  target: "https://hooks.example.com/x",
  format: "slack",
  createdAt: 0,
  lastDelivery: null,
};
const fetchMock = vi.fn<typeof fetch>();
const calls = () =>
  fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? "GET"} ${String(url)} ${init?.body ?? ""}`.trim());

beforeEach(() => vi.stubGlobal("fetch", fetchMock));
afterEach(() => {
  cleanup();
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

const renderItem = () =>
  render(
    <ul>
      <ChannelItem channel={CHANNEL} />
    </ul>,
  );

describe("ChannelItem", () => {
  it("shows kind, format and target, and no delivery yet", () => {
    renderItem();
    expect(screen.getByRole("heading", { name: "Ops hook" })).toBeTruthy();
    expect(screen.getByText(/Webhook \(Slack\)/).textContent).toContain("https://hooks.example.com/x");
    expect(screen.getByTestId("last-delivery").textContent).toBe("No deliveries yet");
  });

  it("sends a test and says how its first attempt went", async () => {
    fetchMock.mockResolvedValue(
      Response.json({
        delivery: { id: "d", status: "failed", statusCode: 404, error: "answered 404", attempts: 1 },
      }),
    );
    renderItem();
    fireEvent.click(screen.getByRole("button", { name: "Send test" }));
    await waitFor(() => expect(screen.getByTestId("test-result").textContent).toBe("Test failed: answered 404."));
    expect(calls()[0]).toBe("POST /api/alerts/channels/c1/test");
  });

  const RETRIED = "It is retried automatically; the deliveries show how it goes.";
  it.each([
    [{ status: "pending", statusCode: 500, error: null }, `Test not delivered yet: answered 500. ${RETRIED}`],
    [{ status: "pending", statusCode: null, error: null }, `Test not delivered yet. ${RETRIED}`],
    [{ status: "failed", statusCode: null, error: null }, "Test failed."],
  ])("words a first attempt of %o without an empty reason", async (delivery, text) => {
    fetchMock.mockResolvedValue(Response.json({ delivery: { id: "d", attempts: 1, ...delivery } }));
    renderItem();
    fireEvent.click(screen.getByRole("button", { name: "Send test" }));
    await waitFor(() => expect(screen.getByTestId("test-result").textContent).toBe(text));
  });

  it("renames, showing the server's refusal under the field", async () => {
    fetchMock.mockResolvedValueOnce(
      Response.json(
        { error: { code: "invalid_field", message: "name must be 1 to 80 characters", field: "name" } },
        { status: 400 },
      ),
    );
    renderItem();
    fireEvent.click(screen.getByRole("button", { name: "Rename" }));
    const field = screen.getByLabelText("New name for “Ops hook”") as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Save name" }));
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(field.getAttribute("aria-describedby")!)?.textContent).toBe(
      "name must be 1 to 80 characters",
    );
    fetchMock.mockResolvedValue(Response.json({ channel: { ...CHANNEL, name: "Ops" } }));
    fireEvent.change(field, { target: { value: "Ops" } });
    fireEvent.click(screen.getByRole("button", { name: "Save name" }));
    await waitFor(() => expect(screen.queryByLabelText("New name for “Ops hook”")).toBeNull());
    expect(calls()[1]).toBe('PATCH /api/alerts/channels/c1 {"name":"Ops"}');
  });

  it("deletes only after confirmation, and Cancel gives the focus back", async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    renderItem();
    const remove = screen.getByRole("button", { name: "Delete" });
    fireEvent.click(remove);
    const cancel = screen.getByRole("button", { name: "Cancel" });
    expect(document.activeElement).toBe(cancel);
    fireEvent.click(cancel);
    expect(document.activeElement).toBe(remove);
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(remove);
    fireEvent.click(screen.getByRole("button", { name: "Yes, delete" }));
    await waitFor(() => expect(calls()).toEqual(["DELETE /api/alerts/channels/c1"]));
  });
});
