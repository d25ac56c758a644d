import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { trackApi } from "@/lib/track-client/api";
import { recordAbsent, upstreamHas } from "@/lib/track-client/capabilities";
import { TrackApiError } from "@/lib/track-client/errors";
import { sampleDetail, sampleTransaction } from "@/test/fixtures/transaction";
import { transactionView } from "./transaction-view";

vi.mock("@/lib/track-client/api", () => ({ trackApi: { transaction: vi.fn(), findById: vi.fn() } }));
vi.mock("@/lib/track-client/capabilities", () => ({ upstreamHas: vi.fn(), recordAbsent: vi.fn() }));
const detail = vi.mocked(trackApi.transaction);
const findById = vi.mocked(trackApi.findById);
const has = vi.mocked(upstreamHas);
const offers = (endpoints: Record<string, boolean | null>) =>
  has.mockImplementation(async (name) => endpoints[name] ?? true);
const notFound = new TrackApiError(404, "not_found", "Transaction tx-1 not found");

beforeEach(() => {
  vi.stubEnv("TRACK_API_URL", "https://track.example");
  vi.resetAllMocks();
});
afterEach(() => vi.unstubAllEnvs());

describe("transactionView", () => {
  it("is the upstream's detail where it has the endpoints", async () => {
    offers({});
    detail.mockResolvedValue(sampleDetail());
    expect(await transactionView("t", "tx-1")).toEqual(sampleDetail());
    expect(findById).not.toHaveBeenCalled();
  });

  it("says the files are unavailable where the upstream has no files endpoint", async () => {
    offers({ file: false });
    detail.mockResolvedValue(sampleDetail());
    expect(await transactionView("t", "tx-1")).toEqual({ ...sampleDetail(), unavailable: ["files"] });
  });

  it("without a detail endpoint, is the row from a search by id, without events and files", async () => {
    offers({ transaction: false });
    const row = sampleTransaction(1);
    findById.mockResolvedValue(row);
    expect(await transactionView("t", row.id)).toEqual({
      ...row,
      events: [],
      files: [],
      unavailable: ["events", "files"],
    });
    expect(detail).not.toHaveBeenCalled();
    expect(findById).toHaveBeenCalledWith("t", row.id);
  });

  it("takes a detail endpoint that does not know a row the search finds for absent", async () => {
    offers({ transaction: null });
    detail.mockRejectedValue(new TrackApiError(405, "upstream_405", "Method not allowed"));
    findById.mockResolvedValue(sampleTransaction(1));
    expect((await transactionView("t", "tx-1")).unavailable).toEqual(["events", "files"]);
    expect(recordAbsent).toHaveBeenCalledWith("transaction");
  });

  it("is a 404 when neither the detail nor the search knows the id", async () => {
    offers({});
    detail.mockRejectedValue(notFound);
    findById.mockResolvedValue(null);
    await expect(transactionView("t", "tx-1")).rejects.toMatchObject({ status: 404 });
    expect(recordAbsent).not.toHaveBeenCalled();
  });

  it("passes on other failures, and in embedded mode never searches", async () => {
    offers({});
    detail.mockRejectedValue(new TrackApiError(502, "upstream_unavailable", "down"));
    await expect(transactionView("t", "tx-1")).rejects.toMatchObject({ status: 502 });
    vi.stubEnv("TRACK_API_URL", "");
    detail.mockRejectedValue(notFound);
    await expect(transactionView("t", "tx-1")).rejects.toBe(notFound);
    expect(findById).not.toHaveBeenCalled();
  });
});
