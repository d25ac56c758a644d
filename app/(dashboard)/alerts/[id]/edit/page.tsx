import type { Metadata } from "next";
import { EditRule } from "./client";

export const metadata: Metadata = { title: "Edit alert rule" };

/** The form of one of the signed-in person's alert rules, filled in with its current fields. */
export default async function EditAlertRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditRule id={id} />;
}
