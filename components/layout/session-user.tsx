"use client";

import { createContext, useContext, type ReactNode } from "react";

/** Who is signed in, as the session tells the browser (never any token). */
export interface SessionUser {
  email: string;
  name: string;
  tenant: string;
  roles: string[];
}

const SessionUserContext = createContext<SessionUser | null>(null);

export function SessionUserProvider({ user, children }: { user: SessionUser; children: ReactNode }) {
  return <SessionUserContext.Provider value={user}>{children}</SessionUserContext.Provider>;
}

/** The signed-in user; `roles` is empty outside a signed-in page (the server stays the authority). */
export function useSessionUser(): SessionUser {
  return useContext(SessionUserContext) ?? { email: "", name: "", tenant: "", roles: [] };
}

/** Whether the session's roles include `role`; unknown (no provider) counts as yes and the server decides. */
export function useHasRole(role: string): boolean {
  const user = useContext(SessionUserContext);
  return !user || user.roles.includes(role);
}
