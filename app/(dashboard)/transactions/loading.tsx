import { ListSkeleton } from "@/components/transactions/list-states";

export default function Loading() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold tracking-tight">Transactions</h1>
      <ListSkeleton />
    </div>
  );
}
