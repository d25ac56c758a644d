import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/session/callback-url";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-[var(--border)] bg-[var(--card)] p-8 shadow-sm">
        <h1 className="text-xl font-semibold tracking-tight">Track Monitor</h1>
        <p className="mt-1 mb-6 text-sm text-[var(--muted)]">
          Sign in with your Business Network user name and password.
        </p>
        {one("reason") === "expired" ? (
          <p className="mb-4 rounded-md border border-[var(--border)] bg-[var(--background)] p-3 text-sm">
            Your session has ended. Sign in again to continue where you were.
          </p>
        ) : null}
        <SignInForm callbackUrl={safeCallbackUrl(one("callbackUrl"))} initialError={one("error")} />
      </div>
    </main>
  );
}
