import type { Channel, EventStep, EventType } from "@/lib/domain/enums";
import { CHANNEL_LABEL, FORMAT_LABEL, specification } from "./labels";
import { partnerEmail } from "./profiles";
import type { Rng } from "./rng";
import type { Route } from "./delivery-routes";

/** The processing stages after RECEIVED, each ending in one success event. */
export type Stage = "validate" | "convert" | "route" | "send" | "deliver";

/** The stages a document passes; conversion only when the delivered format differs. */
export function stagesFor(route: Route): Stage[] {
  return route.format === route.outFormat
    ? ["validate", "route", "send", "deliver"]
    : ["validate", "convert", "route", "send", "deliver"];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// Median durations (ms) of handing over and of delivery per outgoing channel; print waits for a batch.
const SEND_MEDIAN: Record<Channel, number> = {
  peppol: 6_000,
  as2: 8_000,
  sftp: 45_000,
  api: 3_000,
  email: 20_000,
  print: 40 * MINUTE,
  portal: 5_000,
};
const DELIVER_MEDIAN: Record<Channel, number> = {
  peppol: 4_000,
  as2: 5_000,
  sftp: 20 * MINUTE,
  api: 10 * MINUTE,
  email: 30_000,
  print: 3 * HOUR,
  portal: 2 * MINUTE,
};

/** Median (ms) and log-normal spread of the time a stage takes before its event. */
export function stageTiming(stage: Stage, route: Route): [median: number, sigma: number] {
  switch (stage) {
    case "validate":
      return route.format === "pdf" ? [90_000, 0.7] : [1_500, 0.6];
    case "convert":
      return [4_000, 0.7];
    case "route":
      return [800, 0.5];
    case "send":
      return [SEND_MEDIAN[route.outChannel], route.outChannel === "print" ? 0.5 : 0.8];
    case "deliver":
      return [DELIVER_MEDIAN[route.outChannel], route.outChannel === "print" ? 0.5 : 0.8];
  }
}

export interface StageEvent {
  type: EventType;
  step: EventStep;
  message: string;
}

function sentMessage(rng: Rng, route: Route): string {
  switch (route.outChannel) {
    case "peppol":
      return "Sent to the receiving access point over AS4";
    case "as2":
      return "Sent over AS2 (signed, encrypted)";
    case "sftp":
      return "Uploaded to the recipient's SFTP outbox";
    case "api":
      return "Made available on the document API";
    case "email":
      return `E-mail to ${partnerEmail(route.partner)} queued`;
    case "print":
      return `Submitted to print service (batch PB-${rng.int(100000, 999999)})`;
    case "portal":
      return "Published to the portal";
  }
}

/** The success event that ends a stage. */
export function stageEvent(rng: Rng, stage: Stage, route: Route): StageEvent {
  switch (stage) {
    case "validate":
      return {
        type: "VALIDATED",
        step: "VALIDATION",
        message:
          route.format === "pdf"
            ? `Data captured from PDF (OCR confidence ${rng.int(86, 99)}%)`
            : `Valid against ${specification(route.documentType, route.format)}`,
      };
    case "convert":
      return {
        type: "CONVERTED",
        step: "CONVERSION",
        message: `Converted ${FORMAT_LABEL[route.format]} to ${FORMAT_LABEL[route.outFormat]}`,
      };
    case "route":
      return {
        type: "ROUTED",
        step: "ROUTING",
        message: `Routed to ${route.receiver.name} (${route.receiver.id}) via ${CHANNEL_LABEL[route.outChannel]}`,
      };
    case "send":
      return { type: "SENT", step: "OUTBOUND", message: sentMessage(rng, route) };
    case "deliver":
      return deliveredEvent(route);
  }
}

function deliveredEvent(route: Route): StageEvent {
  switch (route.outChannel) {
    case "email":
      return { type: "EMAIL_SENT", step: "OUTBOUND", message: `E-mail delivered to ${partnerEmail(route.partner)}` };
    case "print":
      return { type: "PRINTED", step: "OUTBOUND", message: "Printed and handed over to the postal service" };
    case "peppol":
      return { type: "DELIVERED", step: "NETWORK", message: "AS4 receipt received from the receiving access point" };
    case "as2":
      return { type: "DELIVERED", step: "NETWORK", message: "Signed MDN received: processed" };
    case "sftp":
      return { type: "DELIVERED", step: "NETWORK", message: "File picked up by the recipient" };
    case "api":
      return { type: "DELIVERED", step: "NETWORK", message: "Fetched and acknowledged by the recipient's system" };
    case "portal":
      return { type: "DELIVERED", step: "NETWORK", message: "Opened by the recipient in the portal" };
  }
}
