import { notFound } from "next/navigation";

/** Any address no page has: the dashboard's own 404, inside its header (app/(dashboard)/not-found.tsx). */
export default function MissingPage(): never {
  notFound();
}
