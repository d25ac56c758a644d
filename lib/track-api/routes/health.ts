import { now as clockNow } from "@/lib/clock";
import { lagLevel } from "@/lib/track-api/lag";
import { embeddedRoute, json } from "@/lib/track-api/http/route";
import { getDb } from "@/lib/track-api/store/db";
import { newestIngestedAt } from "@/lib/track-api/store/detail";

export const GET = embeddedRoute(async () => {
  const now = clockNow();
  const newest = await newestIngestedAt(await getDb());
  const seconds = newest === null ? null : Math.max(0, Math.round((now - newest) / 1000));
  return json({
    status: "ok",
    time: new Date(now).toISOString(),
    trackingLag: {
      seconds,
      level: lagLevel(seconds),
      newestIngestedAt: newest === null ? null : new Date(newest).toISOString(),
    },
  });
});
