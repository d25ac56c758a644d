"use client";

/** Signs out through next-auth; its client loads on the click, not with every page (NOTE: page weight). */
export function SignOutButton() {
  const signOut = async () => {
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: "/sign-in" });
  };
  return (
    <button type="button" className="btn" onClick={() => void signOut()}>
      Sign out
    </button>
  );
}
