import { getServerSession } from "next-auth";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { SessionUserProvider } from "@/components/layout/session-user";
import { viewerZones } from "@/lib/bff/first-paint";
import { authOptions } from "@/lib/session/auth-options";
import { Providers } from "../providers";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await getServerSession(authOptions());
  const u = session?.user as { email?: string; name?: string; tenant?: string; roles?: string[] } | undefined;
  const user = { email: u?.email ?? "", name: u?.name ?? "", tenant: u?.tenant ?? "", roles: u?.roles ?? [] };
  return (
    <Providers zones={await viewerZones()}>
      <SessionUserProvider user={user}>
        <AppHeader user={user} />
        <main className="mx-auto w-full max-w-[1600px] px-3 py-4 sm:px-6 sm:py-6">{children}</main>
      </SessionUserProvider>
    </Providers>
  );
}
