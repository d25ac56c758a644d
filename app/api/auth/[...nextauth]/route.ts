import NextAuth from "next-auth";
import { authOptions } from "@/lib/session/auth-options";

export const dynamic = "force-dynamic";

// NOTE: options are built per request so that `next build` never needs the session secret.
type Context = { params: Promise<{ nextauth: string[] }> };
const handler = (request: Request, context: Context) => NextAuth(request as never, context as never, authOptions());

export { handler as GET, handler as POST };
