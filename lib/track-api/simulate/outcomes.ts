import type { ErrorType, EventStep } from "@/lib/domain/enums";
import type { Rng, WeightedPair } from "./rng";
import type { Route } from "./delivery-routes";
import type { Stage } from "./stages";

/** How a transaction's lifecycle ends (before `now` cuts it short). */
export type Outcome = "delivered" | "error" | "networkRejected" | "recipientRejected" | "stuck";

// About 4% run into an error, 2% are rejected (half by validation, half by the recipient), a few get stuck.
const OUTCOMES: WeightedPair<Outcome>[] = [
  ["delivered", 0.934],
  ["error", 0.04],
  ["networkRejected", 0.011],
  ["recipientRejected", 0.009],
  ["stuck", 0.006],
];

/** Draws the outcome of a new transaction. */
export function pickOutcome(rng: Rng): Outcome {
  return rng.weighted(OUTCOMES);
}

/** Where an error happens and whether it is reprocessed afterwards. */
export interface ErrorPlan {
  type: ErrorType;
  /** The stage whose success event the error replaces (re-run after REPROCESSED). */
  stage: Stage;
  step: EventStep;
  /** Automatic retries (connection problems) come soon; manual reprocessing takes hours. */
  retry: "automatic" | "manual" | null;
}

type Candidate = [type: ErrorType, stage: Stage, step: EventStep, reprocessShare: number];

// NOTE: VALIDATION_ERROR is not drawn here: failed validation rejects the document (VALIDATION_FAILED).
function candidates(route: Route, stages: Stage[]): WeightedPair<Candidate>[] {
  const out = route.outChannel;
  const list: WeightedPair<Candidate>[] = [
    [
      stages.includes("convert")
        ? ["PROCESSING_ERROR", "convert", "CONVERSION", 0.5]
        : ["PROCESSING_ERROR", "route", "ROUTING", 0.5],
      25,
    ],
    [["UNKNOWN_RECIPIENT", "route", "ROUTING", 0.4], 20],
    [["UNSUPPORTED_DATA_FORMAT", "validate", "VALIDATION", 0.2], 8],
    [["SECURITY_ERROR", "validate", "INBOUND", 0.2], route.inChannel === "as2" || route.inChannel === "peppol" ? 5 : 2],
    [["DELIVERY_ERROR", "deliver", "OUTBOUND", 0.35], out === "peppol" ? 3 : 12],
  ];
  if (out !== "print" && out !== "portal") list.push([["CONNECTION_ERROR", "send", "OUTBOUND", 0.7], 15]);
  if (out === "peppol") list.push([["RECEIVING_AP_ERROR", "send", "NETWORK", 0.7], 12]);
  return list;
}

/** Chooses an error that fits the route, the stage it interrupts, and whether it gets reprocessed. */
export function planError(rng: Rng, route: Route, stages: Stage[]): ErrorPlan {
  const [type, stage, step, share] = rng.weighted(candidates(route, stages));
  const automatic = type === "CONNECTION_ERROR" || type === "RECEIVING_AP_ERROR";
  return { type, stage, step, retry: rng.chance(share) ? (automatic ? "automatic" : "manual") : null };
}

/** The stage a stuck transaction never completes: ROUTED missing (processing) or delivery missing (sending). */
export function stuckStage(rng: Rng): Stage {
  return rng.chance(0.5) ? "route" : "deliver";
}
