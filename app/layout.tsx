import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HydrationMark } from "@/components/layout/hydration-mark";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Track Monitor", template: "%s · Track Monitor" },
  description: "Search, watch and drill into Business Network transactions in real time.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
