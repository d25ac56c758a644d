"use client";

import type { DocumentType } from "@/lib/domain/enums";
import { DOCUMENT_TYPE_LABEL } from "@/lib/domain/labels";
import { BreakdownCard } from "./breakdown-card";

/** Volume by document type, stacked by status. */
export function DocumentTypeChart() {
  return (
    <BreakdownCard
      id="type"
      title="Volume by document type"
      description="Transactions received, by document type and status."
      rowHeader="Document type"
      rows={(stats) => stats.breakdowns.documentType}
      patchFor={(row) => ({ documentType: [row.key] })}
      labelOf={(row) => DOCUMENT_TYPE_LABEL[row.key as DocumentType] ?? row.label}
    />
  );
}
