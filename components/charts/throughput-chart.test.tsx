// @vitest-environment happy-dom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { render } from "@/test/render";
import { serveStats } from "@/test/stats";
import { sampleStats } from "./stats.fixture";
import { histogramBins, slaFor, ThroughputChart } from "./throughput-chart";

serveStats();

describe("throughput", () => {
  it("draws the SLA of the filtered out channels, Peppol's 4 h by default", () => {
    expect(slaFor(null)).toBe(4 * 3_600_000);
    expect(slaFor(["email", "print"])).toBe(24 * 3_600_000);
    expect(slaFor(["sftp", "email"])).toBe(8 * 3_600_000);
  });

  it("names the histogram's bins", () => {
    const bins = histogramBins(sampleStats().throughput.histogram);
    expect(bins.map((b) => b.tick)).toEqual([
      "≤1 min",
      "≤5 min",
      "≤15 min",
      "≤30 min",
      "≤1 h",
      "≤2 h",
      "≤4 h",
      "≤8 h",
      "≤24 h",
      ">24 h",
    ]);
    expect(bins[1].full).toBe("1 min to 5 min");
    expect(bins.at(-1)!.full).toBe("over 24 h");
  });

  it("states median, p90 and the share within SLA, with the numbers as a table", async () => {
    render(<ThroughputChart />, { searchParams: "?range=today&tables=throughput" });
    expect(
      await screen.findByText("Median 2 min 5 s · 90% within 5 h · 66.7% within the 4 h SLA, of 6 delivered"),
    ).toBeTruthy();
    const table = screen.getByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(11);
  });
});
