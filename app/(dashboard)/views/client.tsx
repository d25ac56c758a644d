"use client";

import { useRef } from "react";
import { ViewsTable } from "@/components/saved-views/views-table";
import { ViewsEmpty, ViewsError, ViewsSkeleton } from "@/components/saved-views/views-states";
import { useSavedViews } from "@/lib/queries/saved-views";

/** The /views page: every view the person can open, with what they may do to each. */
export function SavedViewsView() {
  const query = useSavedViews();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, error } = query;

  let body;
  if (error && !data)
    body = <ViewsError message={error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  else if (!data) body = <ViewsSkeleton />;
  else if (!data.length) body = <ViewsEmpty />;
  else body = <ViewsTable views={data} onDeleted={() => heading.current?.focus()} />;

  return (
    <div className="space-y-4">
      <div>
        <h1 ref={heading} tabIndex={-1} className="text-xl font-semibold tracking-tight outline-none">
          Saved views
        </h1>
        <p className="mt-0.5 text-sm text-[var(--muted)]">
          Yours and the ones shared in your organisation. Pinned views are in the header.
        </p>
      </div>
      {body}
    </div>
  );
}
