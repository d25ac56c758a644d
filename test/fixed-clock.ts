import { vi } from "vitest";

// NOTE: with TEST_CLOCK set (an ISO instant), every test file starts with Date at that instant and
// running on from there, so calendar-sensitive code is exercised at chosen dates (vitest.config.mts).
const at = process.env.TEST_CLOCK;
if (at) vi.useFakeTimers({ now: Date.parse(at), toFake: ["Date"], shouldAdvanceTime: true });
