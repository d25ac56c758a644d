import { DetailSkeleton } from "@/components/transactions/detail-states";

// NOTE: without this the list's loading.tsx (one segment up) would flash the list skeleton on the way in.
export default function Loading() {
  return (
    <div className="mx-auto w-full max-w-5xl pt-10">
      <DetailSkeleton />
    </div>
  );
}
