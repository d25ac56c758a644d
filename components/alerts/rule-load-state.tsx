"use client";

import { WayBack } from "@/components/layout/way-back";
import { LoadFailed, Loading } from "@/components/ui/load-state";

/**
 * What a page of one alert rule shows until the rule is there: "no such rule" (another person's or a
 * deleted one), the error with a retry, or loading.
 */
export function RuleLoadState({ error, refetch }: { error: Error | null; refetch: () => unknown }) {
  if (error && (error as { status?: number }).status === 404)
    return <WayBack title="No such alert rule">This alert rule does not exist, or it is not yours.</WayBack>;
  if (error) return <LoadFailed what="The alert rule" error={error} retry={refetch} />;
  return <Loading what="the alert rule" />;
}
