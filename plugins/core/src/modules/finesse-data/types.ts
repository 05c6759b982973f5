/** An event as stored (see models/event.ts); money in minor units. */
export type EventRow = {
  client_event_id: string
  type: string
  source: "storefront" | "server" | "seed" | "import"
  anonymous_id: string | null
  session_id: string | null
  customer_id: string | null
  sales_channel_id: string | null
  /** a Date, or an ISO 8601 string (bulk writers skip the Date round trip) */
  occurred_at: Date | string
  received_at: Date | string
  product_id?: string | null
  variant_id?: string | null
  category_id?: string | null
  cart_id?: string | null
  order_id?: string | null
  recommendation_id?: string | null
  query?: string | null
  result_count?: number | null
  quantity?: number | null
  amount?: number | null
  currency_code?: string | null
  properties?: Record<string, unknown> | null
  flags?: string[] | null
  ip_hash?: string | null
}

export type CostRow = {
  variant_id: string
  currency_code: string
  /** minor units */
  amount: number
  source?: "manual" | "import" | "seed"
  updated_by?: string | null
}
