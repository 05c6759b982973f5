import type { Placement } from "../ranking/blend"

/**
 * The placements of the store API, by the name a storefront uses, with the internal recipe each maps to and the
 * anchor it needs: a product page needs `product_id`, the cart widget `cart_id`, the order confirmation `order_id`.
 */
export const API_PLACEMENTS = [
  "similar",
  "bought_together",
  "complete_your_order",
  "for_you",
  "buy_again",
  "trending",
  "post_purchase",
  "email",
] as const

export type ApiPlacement = (typeof API_PLACEMENTS)[number]

export type PlacementAnchor = "product_id" | "cart_id" | "order_id" | null

export type PlacementSpec = {
  placement: ApiPlacement
  recipe: Placement
  anchor: PlacementAnchor
  label: string
  /** Default cap of items per category (0 = off): "similar" is about one category by design. */
  maxPerCategory: number
  /** Whether a customer's past one-off purchases may be shown again (only "buy again" re-offers what was bought). */
  allowBought: boolean
}

export const PLACEMENTS: Readonly<Record<ApiPlacement, PlacementSpec>> = {
  similar: { placement: "similar", recipe: "product_similar", anchor: "product_id", label: "Similar products", maxPerCategory: 0, allowBought: false },
  bought_together: { placement: "bought_together", recipe: "product_bought_together", anchor: "product_id", label: "Frequently bought together", maxPerCategory: 3, allowBought: false },
  complete_your_order: { placement: "complete_your_order", recipe: "cart_complete", anchor: "cart_id", label: "Complete your order", maxPerCategory: 3, allowBought: false },
  for_you: { placement: "for_you", recipe: "for_you", anchor: null, label: "For you", maxPerCategory: 3, allowBought: false },
  buy_again: { placement: "buy_again", recipe: "buy_again", anchor: null, label: "Buy again", maxPerCategory: 0, allowBought: true },
  trending: { placement: "trending", recipe: "trending", anchor: null, label: "Trending", maxPerCategory: 3, allowBought: false },
  post_purchase: { placement: "post_purchase", recipe: "post_purchase", anchor: "order_id", label: "After your order", maxPerCategory: 3, allowBought: false },
  email: { placement: "email", recipe: "email", anchor: null, label: "E-mail", maxPerCategory: 2, allowBought: false },
}

export function isApiPlacement(v: string): v is ApiPlacement {
  return (API_PLACEMENTS as readonly string[]).includes(v)
}

/** Short codes used inside recommendation ids (kept stable: a code is never renamed). */
export const PLACEMENT_CODES: Readonly<Record<ApiPlacement, string>> = {
  similar: "sim",
  bought_together: "fbt",
  complete_your_order: "cart",
  for_you: "fy",
  buy_again: "ba",
  trending: "tr",
  post_purchase: "pp",
  email: "em",
}
