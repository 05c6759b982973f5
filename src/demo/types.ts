/**
 * The demo store plan: what the seed script writes into Medusa (regions, stock locations, categories,
 * collections, products, promotions, customers, orders) and into Finesse's own tables (behaviour events,
 * unit costs). Shapes follow Medusa 2's create inputs so the seed maps them field by field.
 *
 * Conventions:
 * - Money is integer minor units (cents) everywhere. Medusa 2 stores amounts in major units: divide by 100 when
 *   writing prices, promotion values of type "fixed", and order amounts.
 * - Times are ISO 8601 strings in UTC with milliseconds (`2025-03-14T18:22:05.000Z`); they sort as text.
 * - `key` fields are stable plan-local identifiers (`prod_0001`, `cus_00042`...) used for cross references;
 *   the seed keeps a key → Medusa id map. Same options ⇒ same keys.
 */

export type IsoTime = string

export type CurrencyCode = "eur" | "usd"

/** Amounts per currency, minor units. */
export type Money = { eur: number; usd: number }

export type DemoRegion = {
  key: string
  name: string
  currency_code: CurrencyCode
  /** ISO 3166-1 alpha-2, lower case */
  countries: string[]
}

export type DemoAddress = {
  address_1: string
  city: string
  country_code: string
  postal_code: string
  province: string | null
}

export type DemoStockLocation = {
  key: string
  name: string
  /** The region this location ships to (link it to that region's sales channel / fulfillment set). */
  regionKey: string
  /** "warehouse" ships most orders; "store" is a flagship shop with a little stock. */
  kind: "warehouse" | "store"
  address: DemoAddress
  latitude: number
  longitude: number
}

export type DemoCategory = {
  key: string
  name: string
  /** Unique across the store, path-like (`women-clothing-dresses`). */
  handle: string
  parentKey: string | null
  /** Position among its siblings, from 0. */
  rank: number
}

export type DemoCollection = { key: string; title: string; handle: string }

export type DemoProductOption = { title: string; values: string[] }

export type DemoVariant = {
  key: string
  /** Unique across the store. */
  sku: string
  /** Option values joined with " / " (`M / Black`). */
  title: string
  /** option title → value; every option of the product is set. */
  options: Record<string, string>
  /** Selling price per currency, minor units, tax inclusive. */
  prices: Money
  /** Unit cost per currency, minor units; always below the price (margin 25–70 % by category). */
  costs: Money
  /** stock location key → units on hand (0 = out of stock there). */
  inventory: Record<string, number>
}

export type DemoProduct = {
  key: string
  title: string
  /** Unique across the store. */
  handle: string
  description: string
  /** A leaf category. */
  categoryKey: string
  collectionKey: string | null
  tags: string[]
  options: DemoProductOption[]
  /** 1–4 variants. */
  variants: DemoVariant[]
}

export type DemoPromotion = {
  /** Unique code customers type at checkout. */
  code: string
  type: "percentage" | "fixed"
  /** percentage: percent off the order's items (10 = 10 %); fixed: minor units of `currency_code`. */
  value: number
  /** The currency of a fixed amount; null for percentages. */
  currency_code: CurrencyCode | null
  /** Regions where the code is offered. */
  regionKeys: string[]
  /** Only valid on a customer's first order. */
  firstOrderOnly: boolean
  description: string
  startsAt: IsoTime
  /** Inclusive: the last millisecond of the last valid day. */
  endsAt: IsoTime
}

export const BEHAVIOURS = [
  "loyal",
  "bargain_hunter",
  "one_off",
  "lapsed",
  "big_spender",
  "window_shopper",
  "new",
] as const

/**
 * Hidden ground truth of how a customer was simulated. Do not write it into the store: the persona features
 * are meant to rediscover it; tests compare against it.
 */
export type Behaviour = (typeof BEHAVIOURS)[number]

export type DemoCustomer = {
  key: string
  /** Unique; example.com/.org/.net domains only. */
  email: string
  first_name: string
  last_name: string
  phone: string
  behaviour: Behaviour
  created_at: IsoTime
  regionKey: string
  /** Default shipping and billing address. */
  address: DemoAddress & { first_name: string; last_name: string }
}

export type DemoOrderItem = {
  variantKey: string
  quantity: number
  /** The variant's price in the order currency, minor units. */
  unit_price: number
}

export type DemoReturn = {
  requested_at: IsoTime
  received_at: IsoTime
  /** A subset of the order's items (partial returns) or all of them. */
  items: { variantKey: string; quantity: number }[]
  /** Returned items' value less their share of the order discount; shipping is not refunded. Minor units. */
  refund_amount: number
}

export type DemoOrder = {
  key: string
  customerKey: string
  regionKey: string
  currency_code: CurrencyCode
  created_at: IsoTime
  status: "completed" | "canceled"
  canceled_at?: IsoTime
  /** Distinct variants. */
  items: DemoOrderItem[]
  /** Sum of quantity × unit_price, minor units. */
  subtotal: number
  promotionCode: string | null
  discount_total: number
  shipping_total: number
  /** subtotal - discount_total + shipping_total */
  total: number
  /** The behaviour-event session in which the order was placed (its checkout_started precedes the order). */
  session_id: string
  /** Only on completed orders. */
  return?: DemoReturn
}

export type DemoEventType =
  | "page_viewed"
  | "category_viewed"
  | "product_viewed"
  | "search"
  | "cart_item_added"
  | "cart_item_removed"
  | "checkout_started"

export type DemoEventProperties = {
  page_viewed: { path: string }
  category_viewed: { category_key: string }
  product_viewed: { product_key: string; variant_key: string; category_key: string }
  search: { query: string; result_count: number }
  cart_item_added: { product_key: string; variant_key: string; quantity: number }
  cart_item_removed: { product_key: string; variant_key: string; quantity: number }
  checkout_started: { item_count: number; subtotal: number; currency_code: CurrencyCode }
}

type EventOf<T extends DemoEventType> = {
  type: T
  /** A device/browser id; a customer has one or two. Anonymous visitors who never register have their own. */
  anonymous_id: string
  session_id: string
  /** Set once the visitor is logged in (never before the customer's created_at). */
  customerKey: string | null
  occurred_at: IsoTime
  properties: DemoEventProperties[T]
}

export type DemoEvent = { [T in DemoEventType]: EventOf<T> }[DemoEventType]

export type DemoPlanOptions = {
  seed: number
  /** 1 = the full demo (≈4,000 customers, ≈23,000 orders, ≈300,000 events); 0.05 for fast tests. */
  scale: number
  /** YYYY-MM-DD: the last day of history. */
  until: string
}

export type DemoPlan = {
  options: DemoPlanOptions
  /** First instant of history: the 1st of the month 12 months before `until`'s month. */
  historyStart: IsoTime
  /** Last millisecond of `until`. */
  historyEnd: IsoTime
  regions: DemoRegion[]
  stockLocations: DemoStockLocation[]
  categories: DemoCategory[]
  collections: DemoCollection[]
  products: DemoProduct[]
  promotions: DemoPromotion[]
  /** Sorted by key. */
  customers: DemoCustomer[]
  /** Sorted by created_at; keys follow that order. */
  orders: DemoOrder[]
  /** Sorted by occurred_at. */
  events: DemoEvent[]
  /**
   * What the capability plugins' plants put into this history, by plant name (src/demo/plants): the ground truth
   * their benchmarks measure against. Never written into the store.
   */
  truth: Record<string, unknown>
}
