import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link from a number to the rows it counts. NOTE: never prefetched: its href carries the stats'
 * time span, which moves on every live refresh, so a prefetching link would fetch (and abort) a new
 * route payload for every figure on screen each time the numbers change.
 */
export function DataLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
