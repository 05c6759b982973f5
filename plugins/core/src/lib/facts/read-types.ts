/**
 * Row and filter types of the data layer's read API (`finesse_data`: pageOrderFacts, pageOrderLineFacts, pageEvents,
 * pageOrderBaskets). Pure types, so capability plugins import them (`@finesse/core/lib/facts/read-types`) with
 * `import type` and resolve the module from the container without a runtime dependency on core's module code.
 */

export type Cursor = { at: string; id: string } | null

export type FactFilter = {
  customer_ids?: string[]
  /** ISO time, inclusive */
  since?: string
  /** ISO time, exclusive */
  until?: string
  include_canceled?: boolean
}

export type OrderFactRow = {
  id: string
  customer_id: string | null
  placed_at: Date
  status: string
  currency_code: string
  sales_channel_id: string | null
  region_id: string | null
  units: number
  item_count: number
  subtotal: number
  discount_total: number
  total: number
  cost_total: number
  margin: number
  refund_total: number
  promotion_codes: string[] | null
  customer_order_index: number | null
}

export type LineFactRow = {
  id: string
  order_id: string
  customer_id: string | null
  placed_at: Date
  status: string
  currency_code: string
  product_id: string | null
  variant_id: string | null
  category_id: string | null
  quantity: number
  unit_price: number
  discount_total: number
  total: number
  unit_cost: number | null
  margin: number
  returned_quantity: number
}

export type EventFilter = {
  types?: string[]
  since?: string
  until?: string
  customer_ids?: string[]
  anonymous_ids?: string[]
  /** exclude bot-flagged events (default true) */
  clean_only?: boolean
}

export type EventReadRow = {
  id: string
  type: string
  source: string
  anonymous_id: string | null
  session_id: string | null
  customer_id: string | null
  occurred_at: Date
  product_id: string | null
  variant_id: string | null
  category_id: string | null
  order_id: string | null
  recommendation_id: string | null
  query: string | null
  /** for a search: how many products it found */
  result_count: number | null
  quantity: number | null
  amount: number | null
  currency_code: string | null
  properties: Record<string, unknown> | null
}

/**
 * One order with its basket (pageOrderBaskets): the product and category ids of its lines joined by commas, the time
 * as epoch ms.
 */
export type BasketRow = {
  id: string
  customer_id: string | null
  /** epoch ms */
  placed_ms: number
  currency_code: string
  subtotal: number
  discount_total: number
  refund_total: number
  units: number
  /** product ids of the lines, comma-joined in line order ("" for a line without a product); null without lines */
  product_ids: string | null
  /** category ids of the lines, same layout */
  category_ids: string | null
}

/** One page of a keyset scan and the cursor after its last row (null for an empty page). */
export type Page<T> = { rows: T[]; next: Cursor }
