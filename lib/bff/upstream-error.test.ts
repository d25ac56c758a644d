import { describe, expect, it } from "vitest";
import { TrackApiError } from "@/lib/track-client/errors";
import { forBrowser } from "./upstream-error";

describe("forBrowser", () => {
  it.each<[TrackApiError, { status: number; message: string; param?: string }]>([
    [
      new TrackApiError(400, "invalid_request", "filter.q: must not contain control characters", "filter.q"),
      { status: 400, message: "q: must not contain control characters", param: "q" },
    ],
    [
      new TrackApiError(400, "invalid_request", "filter.businessPartner: Too big", "filter.businessPartner"),
      { status: 400, message: "partner: Too big", param: "partner" },
    ],
    [
      new TrackApiError(400, "invalid_request", "page.cursor: the cursor is invalid", "page.cursor"),
      { status: 400, message: "cursor: the cursor is invalid", param: "cursor" },
    ],
    [
      new TrackApiError(400, "invalid_request", 'Unknown field "filter.colour"', "filter.colour"),
      { status: 400, message: 'Unknown field "filter.colour"' },
    ],
    [
      new TrackApiError(400, "bad", "The search text is odd", "filter.q"),
      { status: 400, message: "q: The search text is odd", param: "q" },
    ],
    [
      new TrackApiError(403, "forbidden", 'Ranges longer than 7 days need the role "report"'),
      { status: 403, message: 'Ranges longer than 7 days need the role "report"' },
    ],
    [
      new TrackApiError(400, "upstream_400", "The Track API answered 400"),
      { status: 400, message: "The Track API answered 400" },
    ],
  ])("%s", (error, expected) => {
    const mapped = forBrowser(error);
    expect(mapped).toMatchObject(expected);
    if (!expected.param) expect(mapped.param).toBeUndefined();
  });
});
