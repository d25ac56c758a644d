import type { Metadata } from "next";
import { RuleForm } from "@/components/alerts/rule-form";

export const metadata: Metadata = { title: "New alert rule" };

/** The form of a new rule; `?view=<list or overview query>` fills in its filter. */
export default async function NewAlertPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const view = params.view ?? params.from;
  return <RuleForm initialQuery={typeof view === "string" ? view.replace(/^\?/, "") : ""} />;
}
