// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Drawing } from "./drawing";

afterEach(cleanup);

const draw = (text: string) =>
  function Text() {
    return <p>{text}</p>;
  };

describe("Drawing", () => {
  it("keeps its last drawing while off screen and catches up when it comes back", () => {
    const { rerender } = render(<Drawing draw={draw("first")} asTable={false} offScreen={false} />);
    expect(screen.getByRole("paragraph").textContent).toBe("first");
    rerender(<Drawing draw={draw("second")} asTable={false} offScreen />);
    expect(screen.getByRole("paragraph").textContent).toBe("first");
    rerender(<Drawing draw={draw("third")} asTable={false} offScreen={false} />);
    expect(screen.getByRole("paragraph").textContent).toBe("third");
  });

  it("draws a new data set at once when it is mounted off screen, and switches to its table at once", () => {
    const { rerender } = render(<Drawing draw={draw("chart")} asTable={false} offScreen />);
    expect(screen.getByRole("paragraph").textContent).toBe("chart");
    rerender(<Drawing draw={draw("table")} asTable offScreen />);
    expect(screen.getByRole("paragraph").textContent).toBe("table");
  });
});
