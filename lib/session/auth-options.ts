import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/net/client-address";
import { passwordGrant, SignInError } from "@/lib/track-client/oauth";
import { sessionEnded } from "./active-session";
import { SESSION_MAX_AGE_SECONDS } from "./cookie";
import { endSession } from "./end-session";
import { authSecret } from "./secret";

// NOTE: next-auth v4 builds absolute URLs from the Host header only when told to trust it.
process.env.AUTH_TRUST_HOST ??= "true";

/** What the encrypted session cookie holds. The tokens never leave the server in any other way. */
export interface SessionToken {
  /** The session's id, the same in every re-encoding of its cookie: what sign-out denies. */
  sid: string;
  sub: string;
  email: string;
  name: string;
  tenant: string;
  roles: string[];
  accessToken: string;
  refreshToken: string | null;
  expiresAt: number;
}

/** next-auth configuration: Credentials sign-in through the Track API's password grant. */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Business Network",
        credentials: {
          username: { label: "User name", type: "text" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const username = credentials?.username?.trim();
          const password = credentials?.password;
          if (!username || !password) throw new Error("invalid_credentials");
          try {
            const tokens = await passwordGrant(username, password, clientAddress(request.headers ?? {}));
            return {
              ...tokens.user,
              accessToken: tokens.accessToken,
              refreshToken: tokens.refreshToken,
              expiresAt: tokens.expiresAt,
            };
          } catch (error) {
            // The message is the reason code; the sign-in page turns it into words.
            if (error instanceof SignInError)
              throw new Error(error.retryAfterSeconds ? `${error.reason}:${error.retryAfterSeconds}` : error.reason);
            throw new Error("unreachable");
          }
        },
      }),
    ],
    logger: {
      error(code, metadata) {
        // A cookie of a signed-out session asking for its session is expected, not worth a stack trace.
        if (code === "JWT_SESSION_ERROR" && (metadata as { message?: string } | undefined)?.message === "session_ended")
          return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    events: {
      // Awaited by next-auth before it clears the cookie; its own failures are logged, not shown.
      signOut: ({ token }) => endSession(token as unknown as Partial<SessionToken>),
    },
    callbacks: {
      async jwt({ token, user }) {
        if (!user) {
          // An ended session is not renewed (next-auth then clears the cookie and reports no session).
          const sid = (token as Partial<SessionToken>).sid;
          if (!sid || (await sessionEnded(sid))) throw new Error("session_ended");
          return token;
        }
        const u = user as unknown as Omit<SessionToken, "sub" | "sid"> & { id: string };
        const session: SessionToken = {
          sid: randomUUID(),
          sub: u.id,
          email: u.email,
          name: u.name,
          tenant: u.tenant,
          roles: u.roles,
          accessToken: u.accessToken,
          refreshToken: u.refreshToken,
          expiresAt: u.expiresAt,
        };
        return session as unknown as typeof token;
      },
      async session({ session, token }) {
        const t = token as unknown as SessionToken;
        // Only who is signed in reaches the browser: never the access or refresh token.
        return {
          expires: session.expires,
          user: { email: t.email, name: t.name, tenant: t.tenant, roles: t.roles },
        } as typeof session;
      },
    },
  };
}
