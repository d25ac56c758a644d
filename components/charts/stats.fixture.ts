import type { StatsResult } from "@/lib/domain/stats";

/** A small stats answer: two hourly buckets, a few breakdown rows and a throughput histogram. */
export function sampleStats(overrides: Partial<StatsResult> = {}): StatsResult {
  return {
    bucket: "hour",
    groupBy: "status",
    timeZone: "Europe/Helsinki",
    from: "2026-11-27T10:00:00.000Z",
    to: "2026-11-27T11:30:00.000Z",
    series: [
      {
        start: "2026-11-27T10:00:00.000Z",
        end: "2026-11-27T11:00:00.000Z",
        counts: { delivered: 5, error: 2 },
        total: 7,
      },
      {
        start: "2026-11-27T11:00:00.000Z",
        end: "2026-11-27T11:30:00.000Z",
        counts: { delivered: 1, sending: 2, error: 1 },
        total: 4,
      },
    ],
    totals: {
      total: 11,
      overdue: 1,
      byStatus: { received: 0, processing: 0, sending: 2, delivered: 6, error: 3, rejected: 0 },
    },
    breakdowns: {
      documentType: [
        { key: "invoice", label: "invoice", count: 8, byStatus: { delivered: 5, error: 3 } },
        { key: "order", label: "order", count: 3, byStatus: { delivered: 1, sending: 2 } },
      ],
      inChannel: [{ key: "api", label: "api", count: 11, byStatus: { delivered: 6, sending: 2, error: 3 } }],
      outChannel: [
        { key: "peppol", label: "peppol", count: 7, byStatus: { delivered: 4, error: 3 } },
        { key: "email", label: "email", count: 3, byStatus: { delivered: 1, sending: 2 } },
        { key: "print", label: "print", count: 1, byStatus: { delivered: 1 } },
      ],
      partner: [
        { key: "0037:12345678", label: "Receiver Oy", count: 11, byStatus: { delivered: 6, sending: 2, error: 3 } },
      ],
      errorType: [{ key: "CONNECTION_ERROR", label: "CONNECTION_ERROR", count: 3, byStatus: { error: 3 } }],
    },
    throughput: {
      delivered: 6,
      medianMs: 125_000,
      p90Ms: 5 * 3_600_000,
      histogram: [
        60_000,
        300_000,
        900_000,
        1_800_000,
        3_600_000,
        7_200_000,
        14_400_000,
        28_800_000,
        86_400_000,
        null,
      ].map((upToMs, i) => ({ upToMs, count: [1, 2, 0, 0, 1, 0, 0, 2, 0, 0][i] })),
    },
    ...overrides,
  };
}
