// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { sampleDetail, sampleEvent } from "@/test/fixtures/transaction";
import { render } from "@/test/render";
import { messageWords } from "@/lib/filters/message-words";
import { EventTimeline, sortEvents } from "./event-timeline";

afterEach(cleanup);

describe("EventTimeline", () => {
  it("lists events in time order with the time since the previous one", () => {
    render(<EventTimeline events={sampleDetail().events} />);
    const items = within(screen.getByRole("list", { name: "Events" })).getAllByRole("listitem");
    expect(items.map((item) => item.dataset.eventType)).toEqual(["RECEIVED", "VALIDATED", "ERROR"]);
    expect(items[0].textContent).not.toContain("+");
    expect(items[1].textContent).toContain("+55 s");
    expect(items[2].textContent).toContain("+2 min 5 s");
  });

  it("shows step, level, message and error code, marking warnings and errors", () => {
    render(<EventTimeline events={sampleDetail().events} />);
    const [received, validated, error] = within(screen.getByRole("list", { name: "Events" })).getAllByRole("listitem");
    expect(within(received).getByRole("img", { name: "Info" })).toBeTruthy();
    expect(within(validated).getByRole("img", { name: "Warning" })).toBeTruthy();
    expect(validated.textContent).toContain("Validation");
    expect(within(error).getByRole("img", { name: "Error" })).toBeTruthy();
    expect(error.textContent).toContain("Outbound");
    expect(error.textContent).toContain("Connection refused");
    expect(within(error).getByText("AP-503").tagName).toBe("CODE");
  });

  it("marks the words of the list's message text in messages and codes, ignoring case", () => {
    render(<EventTimeline events={sampleDetail().events} highlight={messageWords("REFUSED ap-5 conn")} />);
    const marks = within(screen.getByRole("list", { name: "Events" }))
      .getAllByRole("mark")
      .map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining(["Conn", "refused", "AP-5"]));
    expect(
      screen.getAllByText((_, el) => el?.tagName === "P" && el.textContent!.includes("Connection refused")),
    ).not.toHaveLength(0);
  });

  it("keeps the API's order for events at the same instant and says when there are none", () => {
    const at = "2026-11-27T10:00:00Z";
    const events = [
      sampleEvent({ id: "b", type: "SENT", occurredAt: at }),
      sampleEvent({ id: "a", type: "ROUTED", occurredAt: at }),
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual(["b", "a"]);
    render(<EventTimeline events={[]} />);
    expect(screen.getByText("No events have been tracked yet.")).toBeTruthy();
  });
});
