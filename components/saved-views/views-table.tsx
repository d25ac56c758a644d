"use client";

import type { SavedView } from "@/lib/saved-views/pages";
import { ViewRow } from "./view-row";

/** The saved views as a table: name and address, page, sharing, actions. */
export function ViewsTable({ views, onDeleted }: { views: SavedView[]; onDeleted: () => void }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-[var(--border)] bg-[var(--card)]">
      <table className="w-full text-left">
        <caption className="sr-only">Saved views</caption>
        <thead className="text-xs text-[var(--muted)]">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Page
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Sharing
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Actions
            </th>
          </tr>
        </thead>
        <tbody>
          {views.map((view) => (
            <ViewRow key={view.id} view={view} onDeleted={onDeleted} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
