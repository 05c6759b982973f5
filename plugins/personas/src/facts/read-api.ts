/**
 * The part of core's data module (`finesse_data`) personas reads, typed structurally: a capability plugin
 * resolves the module from the container and never imports core's module code.
 */
export const FINESSE_DATA_MODULE = "finesse_data"

export type Cursor = { at: string; id: string } | null

export type FactFilter = { customer_ids?: string[]; since?: string; until?: string; include_canceled?: boolean }
export type EventFilter = { types?: string[]; since?: string; until?: string; customer_ids?: string[]; clean_only?: boolean }

export type OrderFactRow = {
  id: string
  customer_id: string | null
  placed_at: Date | string
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
  placed_at: Date | string
  product_id: string | null
  category_id: string | null
}

export type EventRow = {
  id: string
  type: string
  customer_id: string | null
  occurred_at: Date | string
  product_id: string | null
  variant_id: string | null
  category_id: string | null
  order_id: string | null
  query: string | null
  quantity: number | null
  amount: number | null
  currency_code: string | null
  properties: Record<string, unknown> | null
}

export type BasketRow = {
  id: string
  customer_id: string | null
  placed_ms: number
  currency_code: string
  subtotal: number
  discount_total: number
  refund_total: number
  units: number
  product_ids: string | null
  category_ids: string | null
}

type Page<T> = Promise<{ rows: T[]; next: Cursor }>

export type FactsReadApi = {
  pageOrderFacts(after: Cursor, limit?: number, filter?: FactFilter): Page<OrderFactRow>
  pageOrderLineFacts(after: Cursor, limit?: number, filter?: FactFilter): Page<LineFactRow>
  pageEvents(after: Cursor, limit?: number, filter?: EventFilter): Page<EventRow>
  /** Orders with their baskets in one compact row (newer cores); without it, facts and lines are merge-joined. */
  pageOrderBaskets?(after: Cursor, limit?: number, filter?: FactFilter): Page<BasketRow>
}

/**
 * Reads every page of a keyset scan, handing each page to `onPage`. With `limit`, a short page ends the scan (no
 * extra query for the empty page that would follow: the per-customer reads after an order are one page each).
 */
export async function scanPages<T>(
  read: (after: Cursor) => Page<T>,
  onPage: (rows: T[]) => void | Promise<void>,
  limit?: number
): Promise<number> {
  let after: Cursor = null
  let n = 0
  for (;;) {
    const page = await read(after)
    if (!page.rows.length) return n
    n += page.rows.length
    await onPage(page.rows)
    if (limit !== undefined && page.rows.length < limit) return n
    after = page.next
  }
}
