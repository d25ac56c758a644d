import type { EventLevel, EventStep, EventType } from "@/lib/domain/enums";
import type { IngestEvent, TransactionMetadata } from "@/lib/track-api/ingest/schema";
import { attachmentCount, documentAmount, documentNumber, slaMs } from "./documents";
import { errorMessage, validationMessage } from "./error-messages";
import { CHANNEL_LABEL, DOCUMENT_LABEL, FORMAT_LABEL } from "./labels";
import { pickOutcome, planError, stuckStage, type Outcome } from "./outcomes";
import type { TenantProfile } from "./profiles";
import type { ReferenceBook } from "./references";
import { planRejection, planResponses, type PlannedResponse } from "./responses";
import type { Rng } from "./rng";
import { pickRoute, type Route } from "./delivery-routes";
import { stageEvent, stagesFor, stageTiming } from "./stages";

/** One simulated transaction: its id, how it ends, and its events in the order they happen. */
export interface GeneratedTransaction {
  transactionId: string;
  outcome: Outcome;
  route: Route;
  events: IngestEvent[];
  /** `occurredAt` of each event in ms, parallel to `events`. */
  times: number[];
}

type Extra = Pick<IngestEvent, "level" | "errorCode" | "businessStatus" | "transaction">;

// Appends events with deterministic ids `${transactionId}:${n}` on a clock that only moves forward.
class Timeline {
  readonly events: IngestEvent[] = [];
  readonly times: number[] = [];
  constructor(
    private readonly id: string,
    public t: number,
  ) {}
  wait(rng: Rng, median: number, sigma: number): void {
    this.t += Math.max(20, Math.round(rng.lognormal(median, sigma)));
  }
  add(type: EventType, step: EventStep, message: string, extra: Extra = {}): void {
    const level: EventLevel = extra.level ?? "INFO";
    this.times.push(this.t);
    this.events.push({
      eventId: `${this.id}:${this.events.length + 1}`,
      transactionId: this.id,
      occurredAt: new Date(this.t).toISOString(),
      type,
      step,
      message,
      ...extra,
      level,
    });
  }
  respond(r: PlannedResponse): void {
    this.t += Math.max(20, Math.round(r.delay));
    this.add(r.type, "NETWORK", r.message, { level: r.level, businessStatus: r.businessStatus });
  }
}

function metadata(rng: Rng, route: Route, receivedAt: number, seq: number): TransactionMetadata {
  const money = documentAmount(rng, route.documentType, route.partner.country);
  const { partner, direction, documentType, inChannel, outChannel, format, sender, receiver, serviceProfile } = route;
  return {
    documentType,
    documentNumber: documentNumber(documentType, receivedAt, seq),
    direction,
    inChannel,
    outChannel,
    format,
    sender,
    receiver,
    businessPartner: partner.party,
    serviceProfile,
    amount: money?.amount ?? null,
    currency: money?.currency ?? null,
    receivedAt: new Date(receivedAt).toISOString(),
    slaDueAt: new Date(receivedAt + slaMs(outChannel)).toISOString(),
    attachments: attachmentCount(rng, documentType),
  };
}

/**
 * Generates one transaction received at `receivedAt` (ms): its whole lifecycle, including the future.
 * With a `book` of the tenant's earlier documents, it references the one it answers (an order, an invoice).
 */
export function generateTransaction(
  rng: Rng,
  profile: TenantProfile,
  receivedAt: number,
  seq: number,
  book?: ReferenceBook,
): GeneratedTransaction {
  const transactionId = rng.uuid();
  const route = pickRoute(rng, profile);
  const meta = metadata(rng, route, receivedAt, seq);
  const reference = book?.reference(route, meta.documentNumber);
  if (reference) meta.reference = reference;
  const stages = stagesFor(route);
  let outcome = pickOutcome(rng);
  const rejection = outcome === "recipientRejected" ? planRejection(rng, route) : null;
  if (outcome === "recipientRejected" && !rejection) outcome = "networkRejected";
  const error = outcome === "error" ? planError(rng, route, stages) : null;
  const stuckAt = outcome === "stuck" ? stuckStage(rng) : null;

  const tl = new Timeline(transactionId, receivedAt);
  const done = (): GeneratedTransaction => ({ transactionId, outcome, route, events: tl.events, times: tl.times });
  const doc = `${DOCUMENT_LABEL[route.documentType]} ${meta.documentNumber}`;
  const via = `${CHANNEL_LABEL[route.inChannel]} (${FORMAT_LABEL[route.format]})`;
  tl.add("RECEIVED", "INBOUND", `Received ${doc} from ${route.sender.name} via ${via}`, { transaction: meta });

  for (const stage of stages) {
    if (stage === stuckAt) return done();
    tl.wait(rng, ...stageTiming(stage, route));
    if (stage === "validate" && outcome === "networkRejected") {
      const message = validationMessage(rng, route, meta.amount ?? null);
      tl.add("VALIDATION_FAILED", "VALIDATION", message, { level: "ERROR", errorCode: "VALIDATION_ERROR" });
      tl.wait(rng, 60_000, 0.5);
      tl.add("ARCHIVED", "ARCHIVE", "Archived with validation report");
      return done();
    }
    if (error && stage === error.stage) {
      tl.add("ERROR", error.step, errorMessage(rng, error.type, route), { level: "ERROR", errorCode: error.type });
      if (!error.retry) return done();
      const auto = error.retry === "automatic";
      tl.wait(rng, auto ? 15 * 60_000 : 3 * 3_600_000, auto ? 0.6 : 0.9);
      const how = auto
        ? `Automatic retry (attempt ${rng.int(2, 4)} of 5)`
        : `Reprocessed by support (case SR-${rng.int(10000, 99999)})`;
      tl.add("REPROCESSED", error.step, how);
      tl.wait(rng, ...stageTiming(stage, route));
    }
    const ev = stageEvent(rng, stage, route);
    tl.add(ev.type, ev.step, ev.message);
  }

  // An MLR comes within minutes and precedes archiving; invoice responses trickle in afterwards.
  const responses = rejection ? [rejection] : planResponses(rng, route);
  const quick = responses.filter((r) => r.type === "MLR_RECEIVED");
  const later = responses.filter((r) => r.type !== "MLR_RECEIVED");
  const finish = (rs: PlannedResponse[]) => {
    for (const r of rs) tl.respond(r);
    if (rejection && rs.includes(rejection)) {
      tl.wait(rng, 1_000, 0.3);
      tl.add("REJECTED", "NETWORK", `Rejected by ${route.receiver.name}: ${rejection.reason}`, { level: "ERROR" });
    }
  };
  finish(quick);
  tl.wait(rng, 2 * 60_000, 0.6);
  tl.add("ARCHIVED", "ARCHIVE", "Archived (retention 10 years)");
  finish(later);
  return done();
}
