import type {
  BusinessStatus,
  Channel,
  Direction,
  DocumentType,
  ErrorType,
  EventLevel,
  EventStep,
  EventType,
  Format,
  Status,
} from "./enums";

/** A party of a transaction: a Business Network participant id (`0037:12345678`) and its name. */
export interface Party {
  id: string;
  name: string;
}

/** A transaction as the Track API returns it in search results. Times are ISO 8601 strings in UTC. */
export interface Transaction {
  id: string;
  documentType: DocumentType | null;
  documentNumber: string | null;
  direction: Direction | null;
  inChannel: Channel | null;
  outChannel: Channel | null;
  format: Format | null;
  sender: Party | null;
  receiver: Party | null;
  businessPartner: Party | null;
  serviceProfile: string | null;
  amount: number | null;
  currency: string | null;
  status: Status;
  statusReason: string | null;
  errorType: ErrorType | null;
  businessStatus: BusinessStatus | null;
  overdue: boolean;
  receivedAt: string;
  updatedAt: string;
  deliveredAt: string | null;
  slaDueAt: string | null;
}

export interface TrackEvent {
  id: string;
  transactionId: string;
  occurredAt: string;
  ingestedAt: string;
  type: EventType;
  step: EventStep;
  level: EventLevel;
  message: string | null;
  errorCode: string | null;
}

export interface TransactionFile {
  id: string;
  name: string;
  mediaType: string;
  kind: "document" | "attachment";
  size: number;
}

export interface TransactionDetail extends Transaction {
  events: TrackEvent[];
  files: TransactionFile[];
}

export interface SearchResult {
  items: Transaction[];
  total: number;
  nextCursor: string | null;
}
