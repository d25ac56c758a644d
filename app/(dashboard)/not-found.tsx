import { WayBack } from "@/components/layout/way-back";

/** The dashboard's 404, inside its header: an unknown address, or a transaction of no (or another) tenant. */
export default function DashboardNotFound() {
  return (
    <WayBack title="Page not found">
      <title>Page not found · Track Monitor</title>
      There is nothing at this address. Check the link, or go back to the overview or the transactions list.
    </WayBack>
  );
}
