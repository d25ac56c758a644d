import type { Metadata } from "next";
import { NotificationsView } from "./client";

export const metadata: Metadata = { title: "Notifications" };

/** The signed-in person's notifications, newest first. */
export default function NotificationsPage() {
  return <NotificationsView />;
}
