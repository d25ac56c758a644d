import "server-only";
import type { Db } from "@/lib/track-api/store/db";
import { findUserById } from "./accounts";
import type { Principal } from "./principal";

/** OIDC UserInfo claims (GET /auth/userinfo); each group only when the token's scope grants it. */
export async function userInfo(db: Db, principal: Principal) {
  const scopes = principal.scope.split(" ");
  const user = await findUserById(db, principal.userId);
  return {
    sub: principal.userId,
    ...(scopes.includes("email") ? { email: principal.email } : {}),
    ...(scopes.includes("userInfo") ? { name: user?.name ?? principal.email, tenant: principal.tenantId } : {}),
    ...(scopes.includes("roles") ? { roles: principal.roles } : {}),
  };
}
