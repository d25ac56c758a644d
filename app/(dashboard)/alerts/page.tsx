import type { Metadata } from "next";
import { AlertsView } from "./client";

export const metadata: Metadata = { title: "Alerts" };

/** The signed-in person's alert rules: state, last fired, mute. */
export default function AlertsPage() {
  return <AlertsView />;
}
