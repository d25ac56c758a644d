import { bffRoute } from "@/lib/bff/route";
import { transactionView } from "@/lib/bff/transaction-view";

export const dynamic = "force-dynamic";

export const GET = bffRoute<{ id: string }>(async ({ params, call }) => {
  const view = await call((token) => transactionView(token, params.id));
  return Response.json(view, { headers: { "cache-control": "no-store" } });
});
