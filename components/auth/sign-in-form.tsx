"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { signInMessage } from "./sign-in-messages";

/** User name + password form; on success continues to the page the person originally asked for. */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [error, setError] = useState(initialError ? signInMessage(initialError) : "");
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError("");
    const result = await signIn("credentials", {
      redirect: false,
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      // next-auth reads an `error` parameter of the URL it answers with as a failed sign-in, and the
      // page to go back to may carry its own (the list's error-type filter): it gets the root instead,
      // and the form goes on to that page itself.
      callbackUrl: "/",
    }).catch(() => ({ ok: false, error: "unreachable" }));
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(signInMessage(result?.error ?? "unreachable"));
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate={false}>
      <div className="space-y-1.5">
        <label htmlFor="username" className="block text-sm font-medium">
          User name
        </label>
        <input
          id="username"
          name="username"
          type="text"
          autoComplete="username"
          required
          autoFocus
          className="input w-full"
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="input w-full"
        />
      </div>
      <div role="alert" aria-live="assertive" className="min-h-5 text-sm text-[var(--danger)]">
        {error}
      </div>
      <button type="submit" disabled={pending} className="btn btn-primary w-full">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
