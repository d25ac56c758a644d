import "server-only";
import { randomUUID } from "node:crypto";
import { now as clockNow } from "@/lib/clock";
import { config } from "@/lib/config";
import { TrackApiError } from "@/lib/track-client/errors";
import { nextStep } from "./episodes";
import { evaluateRule } from "./evaluate";
import { emitAlertEvent } from "./events";
import { measureRule, type CycleMemo } from "./measure";
import { allRules, recordEvaluation, recordFailure, type RuleRow } from "./store";
import { technicalToken } from "./technical-users";
import type { AlertType, Measured } from "./types";

/** Rules measured at the same time (each is one to five upstream searches). */
const PARALLEL = 4;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A tenant's technical token for one cycle; a 401 renews it once. */
async function withToken<T>(tenant: string, fn: (token: string) => Promise<T>): Promise<T> {
  try {
    return await fn(await technicalToken(tenant));
  } catch (error) {
    if (!(error instanceof TrackApiError) || error.status !== 401) throw error;
    return fn(await technicalToken(tenant, true));
  }
}

/** Evaluates one rule and records the result; an episode that begins or ends is announced (unless muted or over the hourly limit). */
export async function evaluateOne(row: RuleRow, now: number, memo?: CycleMemo): Promise<void> {
  const params = JSON.parse(row.params);
  const { measurement, listPath } = await withToken(row.tenant, (token) =>
    measureRule(
      token,
      {
        type: row.type as AlertType,
        query: row.query,
        params,
        timeZone: row.time_zone,
        since: Number(row.last_evaluated_at ?? row.created_at),
      },
      now,
      memo,
    ),
  );
  const verdict = evaluateRule(row.type as AlertType, params, measurement);
  const step = nextStep(
    {
      state: row.state,
      mutedUntil: row.muted_until === null ? null : Number(row.muted_until),
      notified: JSON.parse(row.notified) as number[],
    },
    verdict.breached,
    now,
    config.alertMaxPerHour,
  );
  const measured: Measured = {
    value: verdict.value,
    threshold: verdict.threshold,
    ...(measurement.type === "volume" ? { baseline: measurement.baseline } : {}),
    at: now,
  };
  const episodeId = await recordEvaluation(
    row,
    {
      state: step.state,
      measured,
      error: null,
      notified: step.notified,
      ...(step.transition === "fired" ? { opened: { id: randomUUID(), listPath, value: verdict.value } } : {}),
      resolved: step.transition === "resolved",
    },
    now,
  );
  if (!step.notify || !step.transition || !episodeId) return;
  await emitAlertEvent({
    kind: step.transition,
    tenant: row.tenant,
    ownerId: row.owner_id,
    ruleId: row.id,
    ruleName: row.name,
    episodeId,
    at: now,
    summary: step.transition === "fired" ? verdict.summary : `Resolved: ${verdict.summary}`,
    value: verdict.value,
    threshold: verdict.threshold,
    listPath,
  });
}

/**
 * One evaluation cycle: every rule of every tenant, a few at a time. A rule that cannot be evaluated
 * gets the error on its page; the others go on.
 */
export async function evaluateAll(now = clockNow()): Promise<{ rules: number; failed: number }> {
  const rules = await allRules();
  let failed = 0;
  let next = 0;
  const memo: CycleMemo = new Map();
  const worker = async () => {
    while (next < rules.length) {
      const row = rules[next++];
      try {
        await evaluateOne(row, now, memo);
      } catch (error) {
        failed++;
        await recordFailure(row.id, message(error), now).catch((e) =>
          console.error(`[alerts] could not record the failure of rule ${row.id}`, e),
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, rules.length) }, worker));
  return { rules: rules.length, failed };
}
