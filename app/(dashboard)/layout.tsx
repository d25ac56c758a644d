import { getServerSession } from "next-auth";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { authOptions } from "@/lib/session/auth-options";
import { Providers } from "../providers";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await getServerSession(authOptions());
  const user = session?.user as { email?: string; name?: string; tenant?: string } | undefined;
  return (
    <Providers>
      <AppHeader user={{ email: user?.email ?? "", name: user?.name ?? "", tenant: user?.tenant ?? "" }} />
      <main className="mx-auto w-full max-w-[1600px] px-3 py-4 sm:px-6 sm:py-6">{children}</main>
    </Providers>
  );
}
