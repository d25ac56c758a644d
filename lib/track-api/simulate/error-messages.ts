import type { DocumentType, ErrorType } from "@/lib/domain/enums";
import { FORMAT_LABEL } from "./labels";
import { mailDomain } from "./names";
import { partnerEmail } from "./profiles";
import type { Rng } from "./rng";
import type { Route } from "./delivery-routes";

const money = (n: number) => n.toFixed(2);

/** The message of an ERROR event of the given type, phrased as the network's logs would. */
export function errorMessage(rng: Rng, type: ErrorType, route: Route): string {
  const { receiver, partner, outChannel } = route;
  const domain = mailDomain(partner.party.name, partner.country);
  switch (type) {
    case "UNKNOWN_RECIPIENT":
      return outChannel === "peppol"
        ? `Unknown recipient ${receiver.id} in Peppol SMP`
        : `No routing rule found for recipient ${receiver.id} (${receiver.name})`;
    case "UNSUPPORTED_DATA_FORMAT":
      return {
        peppolBis3:
          "Unsupported customization ID urn:www.cenbii.eu:transaction:biitrns010:ver2.0 (Peppol BIS 2 is retired)",
        ubl21: "Unsupported UBL version 2.0; expected 2.1",
        edifact: "Unsupported EDIFACT syntax identifier UNOB:2 in UNB segment",
        finvoice3: "Unsupported Finvoice version 1.3; expected 3.0",
        teappsxml3: "Unsupported TEAPPSXML version 2.7; expected 3.0",
        pdf: "PDF is password protected; data capture not possible",
      }[route.format];
    case "PROCESSING_ERROR":
      return route.format === route.outFormat
        ? `Internal processing error: routing service timed out (ref PRC-${rng.int(10000, 99999)})`
        : `Conversion ${FORMAT_LABEL[route.format]} → ${FORMAT_LABEL[route.outFormat]} failed: ${rng.pick([
            "mandatory element BuyerReference missing",
            "unit code 'KPL' has no UN/ECE Rec 20 mapping",
            "VAT category code missing on line 3",
            "mapping timed out after 120 s",
          ])}`;
    case "CONNECTION_ERROR":
      return {
        as2: `AS2 endpoint https://as2.${domain}/as2 not reachable: connection timed out after 30 s`,
        sftp: `SFTP connection to sftp.${domain}:22 refused`,
        api: `Recipient API https://api.${domain}/documents returned HTTP 503 Service Unavailable`,
        peppol: `Connection to receiving access point https://ap.${domain}/as4 timed out after 60 s`,
        email: `SMTP connection to mx.${domain} failed: 421 Service not available`,
        print: "Print service unavailable: connection reset",
        portal: "Portal publishing service unavailable: HTTP 502",
      }[outChannel];
    case "RECEIVING_AP_ERROR":
      return rng.pick([
        "Receiving access point returned EBMS:0004 Other: HTTP 500 Internal Server Error",
        "Receiving access point rejected the message: PEPPOL:NOT_SERVICED",
        "Receiving access point returned EBMS:0101 FailedAuthentication",
      ]);
    case "SECURITY_ERROR":
      return route.inChannel === "as2"
        ? "AS2 signature verification failed: partner certificate expired"
        : route.inChannel === "peppol"
          ? "AS4 message signature invalid: certificate not issued by the Peppol CA"
          : "Document blocked by malware scan";
    case "DELIVERY_ERROR":
      return {
        email: `E-mail to ${partnerEmail(partner)} bounced: 550 5.1.1 mailbox unavailable`,
        print: "Print service rejected the document: recipient postal address incomplete",
        portal: "Portal delivery failed: recipient account deactivated",
        sftp: "Recipient did not pick up the file within 6 h",
        as2: "No MDN received within 1 h",
        api: "Recipient did not acknowledge the document within 1 h",
        peppol: "No AS4 receipt received from the receiving access point",
      }[outChannel];
    case "VALIDATION_ERROR":
      return validationMessage(rng, route, null);
  }
}

const LINE_ELEMENT: Record<DocumentType, string> = {
  invoice: "cac:InvoiceLine",
  creditNote: "cac:CreditNoteLine",
  order: "cac:OrderLine",
  orderResponse: "cac:OrderLine",
  despatchAdvice: "cac:DespatchLine",
  invoiceResponse: "cac:DocumentResponse",
};

const BIS_RULES = [
  "[BR-CO-10] Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131).",
  "[PEPPOL-EN16931-R003] A buyer reference or purchase order reference MUST be provided.",
  "[BR-16] An Invoice shall have at least one Invoice line (BG-25).",
  "[PEPPOL-EN16931-R010] Buyer electronic address MUST be provided.",
  "[BR-CL-23] Unit code MUST be coded according to the UN/ECE Recommendation 20 with Rec 21 extension.",
  "[PEPPOL-COMMON-R040] GLN must have a valid format according to GS1 rules.",
];

/** The message of a VALIDATION_FAILED event: a Peppol BIS rule, or the format's own schema error. */
export function validationMessage(rng: Rng, route: Route, amount: number | null): string {
  switch (route.format) {
    case "peppolBis3":
    case "ubl21": {
      if (amount !== null && rng.chance(0.4)) {
        const net = amount / 1.255;
        const vat = net * rng.pick([0.24, 0.14, 0.1]);
        return (
          "[BR-CO-15] Invoice total amount with VAT (BT-112) = Invoice total amount without VAT (BT-109) + " +
          `Invoice total VAT amount (BT-110): ${money(amount)} ≠ ${money(net)} + ${money(vat)}`
        );
      }
      if (amount !== null) return rng.pick(BIS_RULES);
      return rng.pick([
        BIS_RULES[5],
        `cvc-complex-type.2.4.a: Invalid content was found starting with element '${LINE_ELEMENT[route.documentType]}'; ` +
          "'cbc:IssueDate' is expected.",
      ]);
    }
    case "edifact":
      return rng.pick([
        `EDIFACT syntax error: UNT segment count ${rng.int(30, 80)} does not match the message`,
        "EDIFACT syntax error: mandatory segment BGM missing",
      ]);
    case "finvoice3":
      return "Finvoice schema validation failed: SellerOrganisationTaxCode is not a valid VAT number";
    case "teappsxml3":
      return "TEAPPSXML schema validation failed: InvoiceTotalVatIncludedAmount missing";
    case "pdf":
      return `Data capture failed: invoice number not found (OCR confidence ${rng.int(20, 60)}%)`;
  }
}
