/** Deterministic, realistic Business Network traffic: history for seeding and a live simulator. */
export { Rng, type Seed, type WeightedPair } from "./rng";
export {
  buildProfile,
  partnerEmail,
  type Integration,
  type Partner,
  type PartnerKind,
  type TenantProfile,
} from "./profiles";
export { CHANNEL_FORMATS, pickRoute, type Route } from "./delivery-routes";
export { generateTransaction, type GeneratedTransaction } from "./lifecycle";
export type { Outcome } from "./outcomes";
export { generateHistory, HISTORY_BATCH_SIZE, type HistoryOptions } from "./history";
export { helsinkiOffsetHours, trafficWeight } from "./calendar";
export { TrafficSimulator, type TickResult, type TrafficSimulatorOptions } from "./simulator";
