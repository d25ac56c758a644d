// @vitest-environment happy-dom
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CategoryTick } from "./category-tick";

describe("CategoryTick", () => {
  it("cuts a long name to fit the axis and keeps the whole name for hover", () => {
    const name = "Pohjoisen Rautakauppa ja Tukku Oy";
    const { container } = render(
      <svg>
        <CategoryTick payload={{ value: name }} />
      </svg>,
    );
    const text = container.querySelector("text")!;
    expect(text.querySelector("title")?.textContent).toBe(name);
    expect(text.textContent).toBe(`${name}Pohjoisen Rautakauppa…`);
  });

  it("leaves a short name whole", () => {
    const { container } = render(
      <svg>
        <CategoryTick payload={{ value: "Invoice" }} />
      </svg>,
    );
    expect(container.querySelector("text")!.lastChild?.textContent).toBe("Invoice");
  });
});
