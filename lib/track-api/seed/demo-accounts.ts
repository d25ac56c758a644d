import type { Role } from "@/lib/domain/enums";
import {
  createClient,
  createTenant,
  createUser,
  findClient,
  findTenant,
  findUserByEmail,
} from "@/lib/track-api/auth/accounts";
import type { Db } from "@/lib/track-api/store/db";

/** Demo tenants (embedded mode, DESIGN §2). */
export const DEMO_TENANTS = [
  { id: "acme", name: "Acme Oy" },
  { id: "globex", name: "Globex AB" },
] as const;

/** The OAuth client the BFF uses in embedded mode. */
export const DEMO_CLIENT = { id: "demo-client", secret: "demo-secret", name: "Track Monitor (demo)" } as const;

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  tenant: (typeof DEMO_TENANTS)[number]["id"];
  roles: readonly Role[];
}

/** Demo users, for local use only; printed by the README and the start script. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "demo@acme.test", password: "demo", name: "Acme Demo", tenant: "acme", roles: ["track", "blob", "report"] },
  { email: "viewer@acme.test", password: "demo", name: "Acme Viewer", tenant: "acme", roles: ["track"] },
  {
    email: "demo@globex.test",
    password: "demo",
    name: "Globex Demo",
    tenant: "globex",
    roles: ["track", "blob", "report"],
  },
  { email: "ingest@acme.test", password: "demo", name: "Acme Ingest", tenant: "acme", roles: ["ingest"] },
  { email: "ingest@globex.test", password: "demo", name: "Globex Ingest", tenant: "globex", roles: ["ingest"] },
];

/** Creates the demo tenants, client and users that do not exist yet; existing ones are left as they are. */
export async function ensureDemoAccounts(db: Db, now = Date.now()): Promise<void> {
  for (const tenant of DEMO_TENANTS) {
    if (!(await findTenant(db, tenant.id))) await createTenant(db, tenant, now);
  }
  if (!(await findClient(db, DEMO_CLIENT.id))) await createClient(db, DEMO_CLIENT, now);
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByEmail(db, account.email)) continue;
    await createUser(
      db,
      {
        tenantId: account.tenant,
        email: account.email,
        name: account.name,
        password: account.password,
        roles: account.roles,
      },
      now,
    );
  }
}
