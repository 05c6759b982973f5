import { ScoredItem } from "../util/top-k"

/**
 * Business exclusions applied after scoring (Shopify's display filters do the same): never recommend what is already
 * in the cart, the product being viewed, what cannot be bought, or a one-off product the customer already owns.
 */
export type Exclusions = {
  /** Items in the current cart. */
  inCart?: Iterable<string>
  /** The product(s) the recommendation is shown next to. */
  anchors?: Iterable<string>
  /** Out of stock, unpublished, gift cards, zero price... */
  unavailable?: Iterable<string>
  /** Items the customer bought that are rarely re-ordered (see buy-again isOneOff). */
  boughtOneOff?: Iterable<string>
}

export function exclusionSet(ex: Exclusions): Set<string> {
  const s = new Set<string>()
  for (const part of [ex.inCart, ex.anchors, ex.unavailable, ex.boughtOneOff]) if (part) for (const id of part) s.add(id)
  return s
}

/** Drops excluded items, keeping order. */
export function applyExclusions<T extends ScoredItem>(list: readonly T[], ex: Exclusions | ReadonlySet<string>): T[] {
  const s = ex instanceof Set ? ex : exclusionSet(ex as Exclusions)
  return list.filter((x) => !s.has(x.itemId))
}

/**
 * Which of a customer's purchases are one-offs to hide: bought before and rarely re-ordered by anyone.
 * `isOneOff` usually comes from the buy-again model.
 */
export function boughtOneOffs(bought: Iterable<string>, isOneOff: (itemId: string) => boolean): string[] {
  return [...bought].filter(isOneOff)
}
