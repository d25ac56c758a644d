// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { Pagination } from "./pagination";

beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

const href = (name: string) => screen.getByRole("link", { name }).getAttribute("href");
const disabled = (name: string) => screen.getByText(name).getAttribute("aria-disabled") === "true";

describe("Pagination", () => {
  it("on the first page: Next is a real link to the next cursor, keeping filters and view", () => {
    render(<Pagination total={120} shown={50} nextCursor="c1" />, { searchParams: "?status=error&cols=status,amount" });
    expect(href("Next")).toBe("/transactions?status=error&cursor=c1&cols=status,amount");
    expect(disabled("First page")).toBe(true);
    expect(disabled("Previous")).toBe(true);
    expect(screen.getByText(/of 120/).textContent).toBe("Rows 1–50 of 120");
  });

  it("says a lower bound of the total as one", () => {
    render(<Pagination total={10_000} totalRelation="gte" shown={50} nextCursor="c1" />);
    expect(screen.getByText(/of more/).textContent).toBe("Rows 1–50 of more than 10,000");
  });

  it("on the last page there is no Next", () => {
    render(<Pagination total={20} shown={20} nextCursor={null} />);
    expect(disabled("Next")).toBe(true);
  });

  it("walking forward leaves a trail, so Previous links to the page before and rows are counted", () => {
    const first = render(<Pagination total={120} shown={50} nextCursor="c1" />, { searchParams: "?status=error" });
    first.unmount();
    const second = render(<Pagination total={120} shown={50} nextCursor="c2" />, {
      searchParams: "?status=error&cursor=c1",
    });
    expect(href("Previous")).toBe("/transactions?status=error");
    expect(href("First page")).toBe("/transactions?status=error");
    expect(screen.getByText(/of 120/).textContent).toBe("Rows 51–100 of 120");
    second.unmount();
    render(<Pagination total={120} shown={20} nextCursor={null} />, { searchParams: "?status=error&cursor=c2" });
    expect(href("Previous")).toBe("/transactions?status=error&cursor=c1");
    expect(screen.getByText(/of 120/).textContent).toBe("Rows 101–120 of 120");
  });

  it("learns nothing from the previous page's numbers while the next page loads", () => {
    render(<Pagination total={120} shown={50} nextCursor="c1" />).unmount();
    // Just navigated to c1; the result shown is still the first page's (nextCursor c1).
    render(<Pagination total={120} shown={50} nextCursor="c1" stale />, { searchParams: "?cursor=c1" }).unmount();
    render(<Pagination total={120} shown={50} nextCursor="c2" />, { searchParams: "?cursor=c1" });
    expect(screen.getByText(/of 120/).textContent).toBe("Rows 51–100 of 120");
    expect(href("Previous")).toBe("/transactions");
  });

  it("a pasted page-2 link: Previous is the API's cursor and the rows come from its offset, without a trail", () => {
    render(<Pagination total={1234} shown={50} nextCursor="c3" prevCursor="p2" offset={50} />, {
      searchParams: "?status=error&cursor=c2",
    });
    expect(href("Previous")).toBe("/transactions?status=error&cursor=p2");
    expect(href("First page")).toBe("/transactions?status=error");
    expect(screen.getByText(/of 1,234/).textContent).toBe("Rows 51–100 of 1,234");
  });

  it("a Previous cursor that reached the start is the first page: nothing before it", () => {
    render(<Pagination total={120} shown={50} nextCursor="c1" prevCursor={null} offset={0} />, {
      searchParams: "?cursor=p1",
    });
    expect(disabled("Previous")).toBe(true);
    expect(disabled("First page")).toBe(true);
    expect(screen.getByText(/of 120/).textContent).toBe("Rows 1–50 of 120");
  });

  it("a page opened from a link of a Track API without prevCursor, with no trail, offers only First page", () => {
    render(<Pagination total={120} shown={50} nextCursor="c9" />, { searchParams: "?cursor=c8" });
    expect(href("First page")).toBe("/transactions");
    expect(disabled("Previous")).toBe(true);
    expect(screen.getByText(/of 120/).textContent).toBe("50 rows of 120");
  });

  it("keeps one trail per search: another filter knows nothing of this one", () => {
    render(<Pagination total={120} shown={50} nextCursor="c1" />, { searchParams: "?status=error" }).unmount();
    render(<Pagination total={9} shown={9} nextCursor={null} />, { searchParams: "?status=delivered&cursor=c1" });
    expect(disabled("Previous")).toBe(true);
  });
});
