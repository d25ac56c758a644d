"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useState, type ReactNode } from "react";
import { TimeZoneProvider } from "@/components/layout/time-zone-provider";
import { makeQueryClient } from "@/lib/queries/query-client";

/** The dashboard's client context; `zones` are the time zone cookies the server read. */
export function Providers({
  zones,
  children,
}: {
  zones: { picked: string | null; browser: string | null };
  children: ReactNode;
}) {
  const [client] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={client}>
      <NuqsAdapter>
        <TimeZoneProvider picked={zones.picked} browser={zones.browser}>
          {children}
        </TimeZoneProvider>
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
