"use client";

import { BreakdownCard } from "./breakdown-card";

/** The ten trading partners with the most transactions; links filter on the participant id. */
export function TopPartnersChart() {
  return (
    <BreakdownCard
      id="partner"
      title="Top trading partners"
      description="The 10 business partners with the most transactions, by status."
      rowHeader="Partner"
      rows={(stats) => stats.breakdowns.partner}
      patchFor={(row) => ({ businessPartner: row.key })}
    />
  );
}
