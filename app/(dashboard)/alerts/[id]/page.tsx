import type { Metadata } from "next";
import { AlertRuleView } from "./client";

export const metadata: Metadata = { title: "Alert rule" };

/** One alert rule: its condition, state, last error and episodes. */
export default async function AlertRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <AlertRuleView id={id} />;
}
