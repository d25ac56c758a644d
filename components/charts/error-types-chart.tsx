"use client";

import type { ErrorType } from "@/lib/domain/enums";
import { ERROR_TYPE_LABEL } from "@/lib/domain/labels";
import { BreakdownCard } from "./breakdown-card";

/** The most frequent error types of failed and rejected transactions. */
export function ErrorTypesChart() {
  return (
    <BreakdownCard
      id="error"
      title="Top error types"
      description="Transactions in error or rejected, by error type."
      rowHeader="Error type"
      rows={(stats) => stats.breakdowns.errorType}
      patchFor={(row) => ({ errorType: [row.key] })}
      labelOf={(row) => ERROR_TYPE_LABEL[row.key as ErrorType] ?? row.label}
      emptyMessage="No errors in this range."
    />
  );
}
