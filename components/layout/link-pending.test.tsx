// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

const status = vi.hoisted(() => ({ pending: false }));
vi.mock("next/link", () => ({ useLinkStatus: () => status }));
const { LinkPending } = await import("./link-pending");

afterEach(cleanup);

describe("LinkPending", () => {
  it("shows a dot only while the link's page loads, hidden from screen readers", () => {
    status.pending = false;
    const idle = render(<LinkPending />).container.firstElementChild!;
    expect(idle.getAttribute("aria-hidden")).toBe("true");
    expect(idle.hasAttribute("data-link-pending")).toBe(false);
    expect(idle.className).toContain("invisible");
    cleanup();
    status.pending = true;
    const pending = render(<LinkPending />).container.firstElementChild!;
    expect(pending.hasAttribute("data-link-pending")).toBe(true);
    expect(pending.className).not.toContain("invisible");
  });
});
