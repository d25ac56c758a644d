import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES, type DocumentType } from "@/lib/domain/enums";
import type { Transaction } from "@/lib/domain/transaction";
import { renderFile } from "./index";
import { makeTransaction } from "./test-fixtures";

const documentText = (overrides: Partial<Transaction>) => {
  const content = renderFile(makeTransaction(overrides), 0, "document")!.content;
  return content.toString(overrides.format === "pdf" ? "latin1" : "utf8");
};

const UBL_ROOTS: Record<DocumentType, string> = {
  invoice: "Invoice",
  creditNote: "CreditNote",
  order: "Order",
  orderResponse: "OrderResponse",
  despatchAdvice: "DespatchAdvice",
  invoiceResponse: "ApplicationResponse",
};

describe("UBL 2.1", () => {
  it.each(DOCUMENT_TYPES)("%s has its UBL root and namespace", (documentType) => {
    const root = UBL_ROOTS[documentType];
    const xml = documentText({ format: "ubl21", documentType });
    expect(xml).toContain(`<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2"`);
    expect(xml).toContain('xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"');
    expect(xml).toContain("<cbc:UBLVersionID>2.1</cbc:UBLVersionID>");
    expect(xml).not.toContain("CustomizationID");
    expect(xml.trimEnd().endsWith(`</${root}>`)).toBe(true);
  });

  it("PEPPOL BIS 3 adds the billing customization and profile", () => {
    const xml = documentText({ format: "peppolBis3" });
    expect(xml).toContain(
      "<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>",
    );
    expect(xml).toContain("<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>");
    expect(documentText({ format: "peppolBis3", documentType: "order" })).toContain(
      "urn:fdc:peppol.eu:poacc:trns:order:3",
    );
  });

  it("writes party ids as endpoint ids with their scheme, sender as seller of an invoice", () => {
    const xml = documentText({ format: "peppolBis3" });
    const supplier = xml.slice(
      xml.indexOf("<cac:AccountingSupplierParty>"),
      xml.indexOf("</cac:AccountingSupplierParty>"),
    );
    expect(supplier).toContain('<cbc:EndpointID schemeID="0037">12345678</cbc:EndpointID>');
    expect(supplier).toContain("<cbc:Name>Acme Oy</cbc:Name>");
    expect(xml).toContain('<cbc:EndpointID schemeID="0037">87654321</cbc:EndpointID>');
  });

  it("an invoice response carries the recipient's business status", () => {
    const xml = documentText({ format: "peppolBis3", documentType: "invoiceResponse", businessStatus: "rejected" });
    expect(xml).toContain('<cbc:ResponseCode listID="UNCL4343OpSubset">RE</cbc:ResponseCode>');
    expect(xml).toMatch(/<cac:SenderParty>\s*<cbc:EndpointID schemeID="0037">12345678</);
  });
});

describe("Finvoice 3.0", () => {
  it("renders invoices with seller, buyer, details, rows and payment details", () => {
    const xml = documentText({ format: "finvoice3" });
    expect(xml).toContain('<Finvoice Version="3.0"');
    for (const tag of ["SellerPartyDetails", "BuyerPartyDetails", "InvoiceDetails", "InvoiceRow", "EpiDetails"]) {
      expect(xml).toContain(`<${tag}>`);
    }
    expect(xml).toContain('<InvoiceDate Format="CCYYMMDD">20260115</InvoiceDate>');
    expect(xml).toContain("<SellerPartyIdentifier>1234567-8</SellerPartyIdentifier>");
    expect(xml).toContain("<InvoiceTypeCode>INV01</InvoiceTypeCode>");
  });

  it("marks credit notes as INV02 and falls back to UBL 2.1 for other documents", () => {
    const credit = documentText({ format: "finvoice3", documentType: "creditNote" });
    expect(credit).toContain("<InvoiceTypeCode>INV02</InvoiceTypeCode>");
    const order = documentText({ format: "finvoice3", documentType: "order" });
    expect(order).toContain('<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"');
    expect(order).not.toContain("Finvoice");
  });
});

describe("TEAPPSXML 3.0", () => {
  it("has the versioned root, header, parties and rows", () => {
    const xml = documentText({ format: "teappsxml3", documentType: "despatchAdvice" });
    expect(xml).toContain('<TEAPPSXML TEAPPSXML_VERSION="3.0">');
    expect(xml).toContain("<DOCUMENT_NAME_CODE>DESPATCH_ADVICE</DOCUMENT_NAME_CODE>");
    expect(xml).toContain("<SELLER_PARTY>");
    expect(xml).toContain("<ROW>");
    expect(xml).not.toContain("<UNIT_PRICE");
  });
});

describe("PDF data file", () => {
  it("shows title, number, date, parties and lines", () => {
    const text = documentText({ format: "pdf", documentType: "creditNote", documentNumber: "CN-2026-000042" });
    const shown = [
      "(CREDIT NOTE)",
      "(CN-2026-000042)",
      "(2026-01-15)",
      "(Acme Oy)",
      "(Buyer Ab)",
      "(ID 0037:12345678)",
    ];
    for (const value of [...shown, "(Total EUR)"]) expect(text).toContain(value);
  });
});
