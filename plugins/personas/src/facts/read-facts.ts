import { basketToOrderFact, OrderLineJoiner, toOrderFact, type LineFactInput, type OrderFactInput } from "../lib/facts/order-line-join"
import { DAY_MS, createOrderTableBuilder, type OrderFact, type OrderTable } from "../lib/orders/order-table"
import type { ViewFact } from "../lib/profile/category-affinity"
import type { TraitRecord } from "../lib/traits/evaluate-trait"
import type { TraitDefinition } from "../lib/traits/trait-definition"
import type { Cursor, EventReadRow, LineFactRow, OrderFactRow } from "@finesse/core/lib/facts/read-types"
import { scanPages, type FactsReadApi } from "./read-api"

/** Browse events that say what a customer is interested in (their category feeds the affinities). */
export const VIEW_EVENT_TYPES = ["product_viewed", "category_viewed"]

/** Order properties a trait may aggregate or filter on (`source: "order"`). */
export const ORDER_TRAIT_PROPERTIES = [
  "total",
  "subtotal",
  "discount_total",
  "refund_total",
  "margin",
  "units",
  "item_count",
  "currency_code",
  "sales_channel_id",
  "region_id",
  "promotion_codes",
  "status",
  "customer_order_index",
] as const

/** What the trait definitions need read besides orders for profiles. */
export type TraitNeeds = {
  orders: boolean
  /** Order properties referenced by order traits (first path segment). */
  orderProperties: Set<string>
  /** Event names referenced by event traits. */
  events: Set<string>
  /** Oldest record any trait looks at (null: all history). */
  sinceMs: number | null
}

export function traitNeeds(definitions: readonly TraitDefinition[], now: number): TraitNeeds {
  const needs: TraitNeeds = { orders: false, orderProperties: new Set(), events: new Set(), sinceMs: now }
  for (const d of definitions) {
    if (d.source === "order") {
      needs.orders = true
      for (const p of [d.property, ...(d.filters ?? []).map((f) => f.property)]) if (p) needs.orderProperties.add(p.split(".")[0])
    } else if (d.event) needs.events.add(d.event)
    const from = d.window ? now - d.window.days * DAY_MS : null
    needs.sinceMs = from === null || needs.sinceMs === null ? null : Math.min(needs.sinceMs, from)
  }
  return needs
}

const ms = (v: Date | string) => (v instanceof Date ? v.getTime() : Date.parse(v))

function orderInput(o: OrderFactRow): OrderFactInput {
  return {
    id: o.id,
    customer_id: o.customer_id,
    placed_at: ms(o.placed_at),
    subtotal: o.subtotal,
    discount_total: o.discount_total,
    refund_total: o.refund_total,
    units: o.units,
  }
}

function lineInput(l: LineFactRow): LineFactInput {
  return { id: l.id, order_id: l.order_id, placed_at: ms(l.placed_at), product_id: l.product_id, category_id: l.category_id }
}

function orderRecord(o: OrderFactRow, properties: Set<string>): TraitRecord {
  const p: Record<string, unknown> = {}
  for (const k of properties) p[k] = (o as unknown as Record<string, unknown>)[k]
  return { kind: "order", time: ms(o.placed_at), properties: p }
}

function eventRecord(e: EventReadRow): TraitRecord {
  return {
    kind: "event",
    name: e.type,
    time: ms(e.occurred_at),
    properties: {
      ...(e.properties ?? {}),
      product_id: e.product_id,
      variant_id: e.variant_id,
      category_id: e.category_id,
      order_id: e.order_id,
      query: e.query,
      quantity: e.quantity,
      amount: e.amount,
      currency_code: e.currency_code,
    },
  }
}

function push<T>(map: Map<string, T[]>, key: string, v: T) {
  const list = map.get(key)
  if (list) list.push(v)
  else map.set(key, [v])
}

/**
 * Order facts with their lines through the two basic reads, merge-joined by time (for cores without
 * pageOrderBaskets): one page of lines is always in flight while the orders are joined.
 */
async function joinFactsAndLines(
  api: FactsReadApi,
  size: number,
  until: string,
  onOrder: (row: OrderFactRow, lines: LineFactInput[]) => Promise<void> | void,
  onPage: () => Promise<void> | void
) {
  const joiner = new OrderLineJoiner()
  let lineCursor: Cursor = null
  let linesDone = false
  const fetchLines = () => {
    const next = api.pageOrderLineFacts(lineCursor, size, { until }).then((p) => {
      joiner.push(p.rows.map(lineInput))
      if (p.rows.length) lineCursor = p.next
      else linesDone = true
    })
    next.catch(() => undefined) // awaited later; do not report it as unhandled meanwhile
    return next
  }
  let lines: Promise<void> | null = fetchLines()
  let orders = api.pageOrderFacts(null, size, { until })
  let lastId: string | null = null
  for (;;) {
    const page = await orders
    if (!page.rows.length) break
    orders = api.pageOrderFacts(page.next, size, { until })
    orders.catch(() => undefined)
    for (const row of page.rows) {
      if (row.id === lastId) continue
      lastId = row.id
      const o = orderInput(row)
      while (joiner.needsMore(o.placed_at)) {
        await lines
        lines = linesDone ? null : fetchLines()
      }
      await onOrder(row, joiner.take(o.id, o.placed_at))
    }
    await onPage()
  }
  await lines?.catch(() => undefined)
}

export type StoreFacts = {
  table: OrderTable
  orders: number
  views: Map<string, ViewFact[]>
  /** Trait records per customer (only what the trait definitions need). */
  records: Map<string, TraitRecord[]>
  /** The most common currency of the orders. */
  currency: string | null
}

/**
 * Reads every non-canceled order fact before `asOf` with its lines (merge-joined, both keyset-paged through
 * core's read API, the next page requested while this one is processed), recent views and what traits need.
 */
export async function readStoreFacts(
  api: FactsReadApi,
  opts: {
    asOf: Date
    viewSince: Date
    traits: TraitNeeds
    pageSize?: number
    onProgress?: (orders: number) => Promise<void> | void
  }
): Promise<StoreFacts> {
  const size = opts.pageSize ?? 20_000
  const until = opts.asOf.toISOString()
  const builder = createOrderTableBuilder()
  const records = new Map<string, TraitRecord[]>()
  const currencies = new Map<string, number>()
  let count = 0
  const add = (fact: OrderFact | null, currency: string) => {
    if (!fact) return
    builder.add(fact)
    count++
    currencies.set(currency, (currencies.get(currency) ?? 0) + 1)
  }

  const readOrders = async () => {
    if (api.pageOrderBaskets) {
      // compact rows: one per order with its basket (the next page is requested while this one is processed)
      let lastId: string | null = null
      let page = api.pageOrderBaskets(null, size, { until })
      for (;;) {
        const { rows, next } = await page
        if (!rows.length) break
        page = api.pageOrderBaskets(next, size, { until })
        page.catch(() => undefined)
        for (const row of rows) {
          if (row.id === lastId) continue
          lastId = row.id
          add(basketToOrderFact(row), row.currency_code)
        }
        await opts.onProgress?.(count)
      }
    } else {
      await joinFactsAndLines(
        api,
        size,
        until,
        (row, lines) => add(toOrderFact(orderInput(row), lines), row.currency_code),
        () => opts.onProgress?.(count)
      )
    }
  }
  const since = opts.traits.sinceMs === null ? undefined : new Date(opts.traits.sinceMs).toISOString()
  const views = new Map<string, ViewFact[]>()
  // the scans are independent: Postgres works on one while this thread parses another
  await Promise.all([
    readOrders(),
    scanPages(
      (after) => api.pageEvents(after, size, { types: VIEW_EVENT_TYPES, since: opts.viewSince.toISOString(), until }),
      (rows) => {
        for (const e of rows) {
          if (e.customer_id && e.category_id) push(views, e.customer_id, { time: ms(e.occurred_at), categoryIds: [e.category_id] })
        }
      }
    ),
    opts.traits.orders
      ? scanPages(
          (after) => api.pageOrderFacts(after, size, { until, since }),
          (rows) => {
            for (const row of rows) if (row.customer_id) push(records, row.customer_id, orderRecord(row, opts.traits.orderProperties))
          }
        )
      : null,
    opts.traits.events.size
      ? scanPages(
          (after) => api.pageEvents(after, size, { types: [...opts.traits.events], since, until }),
          (rows) => {
            for (const e of rows) if (e.customer_id) push(records, e.customer_id, eventRecord(e))
          }
        )
      : null,
  ])
  const currency = [...currencies].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  return { table: builder.build(), orders: count, views, records, currency }
}

export type CustomerFacts = { orders: OrderFact[]; views: ViewFact[]; records: TraitRecord[] }

/** One customer's orders (with lines), views and trait records: the incremental path after an order. */
export async function readCustomerFacts(
  api: FactsReadApi,
  customerId: string,
  opts: { asOf: Date; viewSince: Date; traits: TraitNeeds }
): Promise<CustomerFacts> {
  const filter = { customer_ids: [customerId], until: opts.asOf.toISOString() }
  const [orderRows, lineRows, viewRows, eventRows] = await Promise.all([
    collect((after) => api.pageOrderFacts(after, PAGE, filter)),
    collect((after) => api.pageOrderLineFacts(after, PAGE, filter)),
    collect((after) =>
      api.pageEvents(after, PAGE, { types: VIEW_EVENT_TYPES, customer_ids: [customerId], since: opts.viewSince.toISOString(), until: filter.until })
    ),
    opts.traits.events.size
      ? collect((after) =>
          api.pageEvents(after, PAGE, {
            types: [...opts.traits.events],
            customer_ids: [customerId],
            since: opts.traits.sinceMs === null ? undefined : new Date(opts.traits.sinceMs).toISOString(),
            until: filter.until,
          })
        )
      : Promise.resolve([] as EventReadRow[]),
  ])
  const linesOf = new Map<string, LineFactInput[]>()
  for (const l of lineRows) push(linesOf, l.order_id, lineInput(l))
  const orders: OrderFact[] = []
  const records: TraitRecord[] = []
  for (const row of orderRows) {
    const fact = toOrderFact(orderInput(row), linesOf.get(row.id) ?? [])
    if (!fact) continue
    orders.push(fact)
    if (opts.traits.orders && (opts.traits.sinceMs === null || fact.time >= opts.traits.sinceMs)) {
      records.push(orderRecord(row, opts.traits.orderProperties))
    }
  }
  for (const e of eventRows) records.push(eventRecord(e))
  const views = viewRows.filter((e) => e.category_id).map((e) => ({ time: ms(e.occurred_at), categoryIds: [e.category_id as string] }))
  return { orders, views, records }
}

/** Every row of a per-customer scan (pages of PAGE; a short page is the last). */
async function collect<T extends { id: string }>(read: (after: Cursor) => Promise<{ rows: T[]; next: Cursor }>): Promise<T[]> {
  const out: T[] = []
  const seen = new Set<string>()
  await scanPages(
    read,
    (rows) => {
      for (const r of rows) if (!seen.has(r.id)) (seen.add(r.id), out.push(r))
    },
    PAGE
  )
  return out
}

const PAGE = 5000
