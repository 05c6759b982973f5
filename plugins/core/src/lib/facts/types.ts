/** An order as read for facts: Medusa's stored values, money as decimal strings in major units. */
export type SourceOrder = {
  id: string
  display_id: number | null
  customer_id: string | null
  sales_channel_id: string | null
  region_id: string | null
  currency_code: string
  created_at: Date | string
  status: string
  canceled_at: Date | string | null
  /** From the order summary: money refunded so far. */
  refunded_total: string | number | null
  cart_id: string | null
  items: SourceItem[]
  shipping_methods: { amount: string | number; adjustments: (string | number)[]; tax_rates: (string | number)[]; is_tax_inclusive: boolean }[]
  promotion_codes: string[]
}

export type SourceItem = {
  id: string
  product_id: string | null
  variant_id: string | null
  title: string | null
  quantity: string | number
  unit_price: string | number
  is_tax_inclusive: boolean
  /** Adjustment amounts of the order's current version (discounts). */
  adjustments: { amount: string | number; code: string | null }[]
  /** Tax rates in percent. */
  tax_rates: (string | number)[]
  returned_quantity: string | number
}

export type OrderFact = {
  id: string
  display_id: number | null
  customer_id: string | null
  anonymous_id: string | null
  session_id: string | null
  sales_channel_id: string | null
  region_id: string | null
  currency_code: string
  placed_at: Date
  status: string
  canceled_at: Date | null
  item_count: number
  units: number
  subtotal: number
  discount_total: number
  shipping_total: number
  tax_total: number
  total: number
  cost_total: number
  margin: number
  refund_total: number
  returned_units: number
  promotion_codes: string[]
  cost_complete: boolean
}

export type LineFact = {
  id: string
  order_id: string
  placed_at: Date
  status: string
  customer_id: string | null
  sales_channel_id: string | null
  region_id: string | null
  currency_code: string
  product_id: string | null
  variant_id: string | null
  category_id: string | null
  title: string | null
  quantity: number
  unit_price: number
  subtotal: number
  discount_total: number
  total: number
  unit_cost: number | null
  cost_total: number
  margin: number
  returned_quantity: number
  refund_amount: number
}

export type FactContext = {
  /** variant id → currency → unit cost (minor units) */
  costs: Map<string, Map<string, number>>
  /** product id → its most specific category id */
  categories: Map<string, string>
  /** anonymous and session id of the storefront session that checked the order's cart out, when known */
  session?: { anonymous_id: string | null; session_id: string | null }
}
