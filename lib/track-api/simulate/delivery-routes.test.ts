import { describe, expect, it } from "vitest";
import { generateTransaction, type GeneratedTransaction } from "./lifecycle";
import { buildProfile } from "./profiles";
import { Rng } from "./rng";
import { CHANNEL_FORMATS } from "./delivery-routes";

const T0 = Date.UTC(2026, 4, 4, 10);

function sample(tenant: string, n: number): GeneratedTransaction[] {
  const profile = buildProfile(tenant, 9);
  const rng = new Rng(`routes:${tenant}`);
  return Array.from({ length: n }, (_, i) => generateTransaction(rng, profile, T0, i + 1));
}

const all = [...sample("acme", 10_000), ...sample("globex", 5_000), ...sample("initech", 5_000)];
const meta = (tx: GeneratedTransaction) => tx.events[0].transaction!;

describe("delivery routes", () => {
  it("keeps formats consistent with their channels in and out", () => {
    const problems: string[] = [];
    for (const tx of all) {
      const m = meta(tx);
      const route = `${m.inChannel}/${m.format} -> ${m.outChannel}/${tx.route.outFormat} ${m.documentType}`;
      if (!CHANNEL_FORMATS[m.inChannel].includes(m.format)) problems.push(route);
      if (!CHANNEL_FORMATS[m.outChannel].includes(tx.route.outFormat)) problems.push(route);
      if (m.inChannel === "print") problems.push(route);
      if (m.format === "edifact" && !["as2", "sftp"].includes(m.inChannel)) problems.push(route);
      if (m.format === "finvoice3" && !["sftp", "api"].includes(m.inChannel)) problems.push(route);
      if (m.format === "pdf" && !["email", "portal"].includes(m.inChannel)) problems.push(route);
      if (m.inChannel === "peppol" && !["peppolBis3", "ubl21"].includes(m.format)) problems.push(route);
      if (m.documentType === "invoiceResponse" && m.format !== "peppolBis3") problems.push(route);
    }
    expect(problems).toEqual([]);
    expect(new Set(all.map((tx) => meta(tx).format)).size).toBe(6);
    expect(new Set(all.map((tx) => meta(tx).outChannel)).size).toBe(7);
  });

  it("prints and e-mails only to receivers that are not on the network", () => {
    const profiles = new Map(["acme", "globex", "initech"].map((t) => [t, buildProfile(t, 9)]));
    const offNetwork = new Set(
      [...profiles.values()].flatMap((p) => p.partners.filter((x) => !x.onNetwork).map((x) => x.party.id)),
    );
    const paper = all.filter((tx) => ["print", "email"].includes(meta(tx).outChannel));
    expect(paper.length).toBeGreaterThan(0);
    expect(paper.filter((tx) => meta(tx).direction !== "outbound" || !offNetwork.has(meta(tx).receiver.id))).toEqual(
      [],
    );
  });

  it("converts exactly when the delivered format differs", () => {
    const withConversion = all.filter((tx) => tx.events.some((e) => e.type === "CONVERTED"));
    expect(withConversion.length).toBeGreaterThan(0);
    expect(withConversion.every((tx) => tx.route.format !== tx.route.outFormat)).toBe(true);
    const delivered = all.filter((tx) => tx.events.some((e) => e.type === "ROUTED"));
    const wrong = delivered.filter(
      (tx) => tx.events.some((e) => e.type === "CONVERTED") !== (tx.route.format !== tx.route.outFormat),
    );
    expect(wrong).toEqual([]);
  });

  it("sets sender, receiver and business partner by direction", () => {
    const profile = buildProfile("acme", 9);
    const wrong = all.slice(0, 10_000).filter((tx) => {
      const m = meta(tx);
      const [own, other] = m.direction === "outbound" ? [m.sender, m.receiver] : [m.receiver, m.sender];
      return own.id !== profile.self.id || own.name !== profile.self.name || m.businessPartner.id !== other.id;
    });
    expect(wrong).toEqual([]);
    expect(all.slice(0, 10_000).some((tx) => meta(tx).direction === "inbound")).toBe(true);
    expect(all.slice(0, 10_000).some((tx) => meta(tx).direction === "outbound")).toBe(true);
  });

  it("mixes documents mostly invoices, amounts only on invoices and credit notes, SLA by channel", () => {
    const count = (type: string) => all.filter((tx) => meta(tx).documentType === type).length;
    expect(count("invoice") / all.length).toBeGreaterThan(0.45);
    expect(count("invoice")).toBeGreaterThan(count("order"));
    expect(count("order")).toBeGreaterThan(count("invoiceResponse"));
    const problems: string[] = [];
    for (const tx of all) {
      const m = meta(tx);
      const priced = m.documentType === "invoice" || m.documentType === "creditNote";
      if ((m.amount != null) !== priced || (m.currency != null) !== priced) problems.push(`${m.documentNumber} amount`);
      if (priced && (!(m.amount! > 0) || Math.round(m.amount! * 100) / 100 !== m.amount)) problems.push(`${m.amount}`);
      if (priced && !["EUR", "SEK", "NOK", "USD"].includes(m.currency!)) problems.push(`${m.currency}`);
      const hours = (Date.parse(m.slaDueAt!) - Date.parse(m.receivedAt)) / 3_600_000;
      if (hours !== (m.outChannel === "peppol" ? 4 : ["print", "email"].includes(m.outChannel) ? 24 : 8))
        problems.push(`sla ${m.outChannel}`);
      if (!/^(INV|CN|PO|ORDRSP|DESADV|IR)-2026-\d{6,}$/.test(m.documentNumber)) problems.push(m.documentNumber);
    }
    expect(problems).toEqual([]);
    const eur = all.filter((tx) => meta(tx).currency === "EUR").length;
    expect(eur / all.filter((tx) => meta(tx).currency).length).toBeGreaterThan(0.6);
    const invoices = all.filter((tx) => meta(tx).documentType === "invoice");
    const withAttachment = invoices.filter((tx) => (meta(tx).attachments ?? 0) > 0).length / invoices.length;
    expect(withAttachment).toBeGreaterThan(0.25);
    expect(withAttachment).toBeLessThan(0.35);
  });
});
