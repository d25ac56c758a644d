// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { fieldOf } from "@/lib/filters/fields";
import { FieldFilter } from "./field-filter";
import { urlSpy } from "./url-spy.fixture";

afterEach(cleanup);

const DirectionFilter = () => <FieldFilter field={fieldOf("direction")} />;
const OverdueFilter = () => <FieldFilter field={fieldOf("overdue")} />;

describe("single-choice filters", () => {
  it("direction: writes dir, and leaves it out for Any", async () => {
    const url = urlSpy();
    render(<DirectionFilter />, { searchParams: "?cursor=abc", onUrlUpdate: url.onUrlUpdate });
    const select = screen.getByRole("combobox", { name: "Direction" }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: "inbound" } });
    expect((await url.last()).queryString).toBe("?dir=inbound");
    fireEvent.change(select, { target: { value: "" } });
    expect((await url.last()).queryString).toBe("");
  });

  it("overdue: true, false or any", async () => {
    const url = urlSpy();
    render(<OverdueFilter />, { searchParams: "?overdue=false", onUrlUpdate: url.onUrlUpdate });
    const select = screen.getByRole("combobox", { name: "Overdue" }) as HTMLSelectElement;
    expect(select.value).toBe("false");
    fireEvent.change(select, { target: { value: "true" } });
    expect((await url.last()).queryString).toBe("?overdue=true");
  });

  it("shows Any for a value it does not know", () => {
    render(<DirectionFilter />, { searchParams: "?dir=sideways" });
    expect((screen.getByRole("combobox", { name: "Direction" }) as HTMLSelectElement).value).toBe("");
  });
});
