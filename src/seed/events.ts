import type { DemoEvent, DemoOrder } from "../demo"
import { orderMoney } from "./order-money"
import { orderTimeline } from "./order-timeline"
import type { SeedContext } from "./context"

/** The shape finesse_data.insertEvents takes (plugins/core/src/modules/finesse-data/types.ts EventRow). */
export type SeedEventRow = {
  client_event_id: string
  type: string
  source: "seed" | "server"
  anonymous_id: string | null
  session_id: string | null
  customer_id: string | null
  sales_channel_id: string | null
  /** ISO 8601 (UTC); the plan's own strings, so 400,000 events need no Date round trip */
  occurred_at: string
  received_at: string
  product_id?: string | null
  variant_id?: string | null
  category_id?: string | null
  cart_id?: string | null
  order_id?: string | null
  query?: string | null
  result_count?: number | null
  quantity?: number | null
  amount?: number | null
  currency_code?: string | null
  properties?: Record<string, unknown> | null
}

export type EventRefs = {
  sales_channel_id: string
  customers: Map<string, string>
  products: Map<string, string>
  variants: Map<string, { id: string }>
  categories: Map<string, string>
}

const need = (map: Map<string, any>, key: string, what: string): string => {
  const v = map.get(key)
  if (v === undefined) throw new Error(`unknown ${what} ${key} in a plan event`)
  return typeof v === "string" ? v : v.id
}

/**
 * A plan event as a stored behaviour event: plan keys become Medusa ids in the typed columns (product, variant,
 * category, customer, search query and result count, quantity, checkout amount and currency); whatever is left
 * stays in `properties`. The client id is the event's position in the plan, so a rerun finds it again.
 */
export function eventRow(e: DemoEvent, index: number, refs: EventRefs): SeedEventRow {
  const at = e.occurred_at
  const row: SeedEventRow = {
    client_event_id: `seed-${index}`,
    type: e.type,
    source: "seed",
    anonymous_id: e.anonymous_id,
    session_id: e.session_id,
    customer_id: e.customerKey ? need(refs.customers, e.customerKey, "customer") : null,
    sales_channel_id: refs.sales_channel_id,
    occurred_at: at,
    received_at: at,
    properties: null,
  }
  switch (e.type) {
    case "page_viewed":
      row.properties = { path: e.properties.path }
      break
    case "category_viewed":
      row.category_id = need(refs.categories, e.properties.category_key, "category")
      break
    case "product_viewed":
      row.product_id = need(refs.products, e.properties.product_key, "product")
      row.variant_id = need(refs.variants, e.properties.variant_key, "variant")
      row.category_id = need(refs.categories, e.properties.category_key, "category")
      break
    case "search":
      row.query = e.properties.query
      row.result_count = e.properties.result_count
      break
    case "cart_item_added":
    case "cart_item_removed":
      row.product_id = need(refs.products, e.properties.product_key, "product")
      row.variant_id = need(refs.variants, e.properties.variant_key, "variant")
      row.quantity = e.properties.quantity
      break
    case "checkout_started":
      row.amount = e.properties.subtotal
      row.currency_code = e.properties.currency_code
      row.properties = { item_count: e.properties.item_count }
      break
  }
  return row
}

export type ServerEventType =
  | "customer_created"
  | "order_placed"
  | "order_canceled"
  | "order_completed"
  | "return_requested"
  | "return_received"

/** A customer's sign-up, as @finesse/core's customer subscriber records it, at the planned time. */
export function customerCreatedRow(customerId: string, createdAt: string): SeedEventRow {
  return {
    client_event_id: `customer_created-${customerId}`,
    type: "customer_created",
    source: "server",
    anonymous_id: null,
    session_id: null,
    customer_id: customerId,
    sales_channel_id: null,
    occurred_at: createdAt,
    received_at: createdAt,
    properties: null,
  }
}

/**
 * The server-side events Medusa's order flow produces through @finesse/core's order subscriber, in the shape that
 * subscriber writes them (client id `<type>-<order or return id>`, source "server"): placed (with the storefront
 * session, so the funnel joins sessions to orders, and the order total), canceled or completed, and a return's
 * request and receipt. Times come from the order's timeline.
 */
export function serverOrderEvents(
  o: DemoOrder,
  ref: { orderId: string; customerId: string; anonymousId: string | null; cartId: string | null; returnId: string | null; salesChannelId: string },
  latest: number
): SeedEventRow[] {
  const tl = orderTimeline(o, latest)
  const base = (type: ServerEventType, at: Date, id: string): SeedEventRow => ({
    client_event_id: `${type}-${id}`,
    type,
    source: "server",
    anonymous_id: ref.anonymousId,
    session_id: null,
    customer_id: ref.customerId,
    sales_channel_id: ref.salesChannelId,
    occurred_at: at.toISOString(),
    received_at: at.toISOString(),
    order_id: ref.orderId,
    cart_id: ref.cartId,
    amount: null,
    currency_code: o.currency_code,
    properties: null,
  })
  const placed = base("order_placed", tl.placed, ref.orderId)
  placed.session_id = o.session_id
  placed.amount = orderMoney(o).total
  const out = [placed]
  if (tl.canceled) out.push(base("order_canceled", tl.canceled, ref.orderId))
  if (o.return && ref.returnId && tl.returnRequested && tl.returnReceived) {
    const requested = base("return_requested", tl.returnRequested, ref.returnId)
    const received = base("return_received", tl.returnReceived, ref.returnId)
    requested.properties = { return_id: ref.returnId }
    received.properties = { return_id: ref.returnId }
    out.push(requested, received)
  }
  if (!tl.canceled) out.push(base("order_completed", tl.last, ref.orderId))
  return out
}

const CHUNK = 10_000

/** Stores seed event rows through the data layer's own bulk insert (a client id already stored is skipped). */
async function writeEvents(ctx: SeedContext, rows: SeedEventRow[]): Promise<number> {
  const data = ctx.container.resolve<{ insertEvents(rows: SeedEventRow[]): Promise<Set<string>> }>("finesse_data")
  return (await data.insertEvents(rows)).size
}

/**
 * All plan events, written in bulk through finesse_data's insertEvents. Events stored by an earlier run are
 * filtered out first, so a rerun costs one read. Needs only the catalog and the customers, so it runs while the
 * orders are written.
 */
export async function seedBehaviourEvents(ctx: SeedContext): Promise<string> {
  const { plan, ids, db } = ctx
  const refs: EventRefs = {
    sales_channel_id: ids.sales_channel_id,
    customers: ids.customers,
    products: ids.products,
    variants: ids.variants,
    categories: ids.categories,
  }
  const [{ n }] = (await db.raw(`select count(*)::int as n from finesse_event where source = 'seed' and deleted_at is null`)).rows
  let have = new Set<string>()
  if (n > 0) {
    const r = await db.raw(`select client_event_id from finesse_event where source = 'seed' and deleted_at is null`)
    have = new Set(r.rows.map((x: { client_event_id: string }) => x.client_event_id))
  }
  let inserted = 0
  let next = 0
  const total = plan.events.length
  // two writers: Node maps one chunk while Postgres stores the other
  const writer = async () => {
    for (;;) {
      const start = next
      next += CHUNK
      if (start >= total) return
      const rows: SeedEventRow[] = []
      for (let i = start; i < Math.min(total, start + CHUNK); i++) {
        if (!have.has(`seed-${i}`)) rows.push(eventRow(plan.events[i], i, refs))
      }
      const stored = rows.length ? await writeEvents(ctx, rows) : 0
      inserted += stored
    }
  }
  await Promise.all([writer(), writer()])
  return `${total} behaviour events (${inserted} new)`
}

/**
 * The server-side events of every customer (sign-up) and plan order (needs all orders written). The customers are
 * created through the customer module, which (unlike createCustomersWorkflow) emits no customer.created, so their
 * sign-up events are written here, at the planned sign-up time.
 */
export async function seedServerEvents(ctx: SeedContext): Promise<string> {
  const { plan, ids, db } = ctx
  const orderIds = [...ids.orders.values()]
  const carts = new Map<string, string>()
  const returns = new Map<string, string>()
  for (let i = 0; i < orderIds.length; i += 5000) {
    const part = [orderIds.slice(i, i + 5000)] as any
    const c = await db.raw(`select order_id, cart_id from order_cart where deleted_at is null and order_id = any(?)`, part)
    for (const x of c.rows as { order_id: string; cart_id: string }[]) carts.set(x.order_id, x.cart_id)
    const r = await db.raw(`select id, order_id from return where deleted_at is null and canceled_at is null and order_id = any(?)`, part)
    for (const x of r.rows as { id: string; order_id: string }[]) returns.set(x.order_id, x.id)
  }
  const anonymousOf = new Map<string, string>()
  for (const e of plan.events) if (!anonymousOf.has(e.session_id)) anonymousOf.set(e.session_id, e.anonymous_id)
  const server: SeedEventRow[] = plan.customers.map((c) => customerCreatedRow(ids.customers.get(c.key)!, c.created_at))
  for (const o of plan.orders) {
    const orderId = ids.orders.get(o.key)
    if (!orderId) throw new Error(`order ${o.key} is missing when its server events are written`)
    server.push(
      ...serverOrderEvents(
        o,
        {
          orderId,
          customerId: ids.customers.get(o.customerKey)!,
          anonymousId: anonymousOf.get(o.session_id) ?? null,
          cartId: carts.get(orderId) ?? null,
          returnId: returns.get(orderId) ?? null,
          salesChannelId: ids.sales_channel_id,
        },
        ctx.now.getTime()
      )
    )
  }
  let stored = 0
  for (let i = 0; i < server.length; i += CHUNK) stored += await writeEvents(ctx, server.slice(i, i + CHUNK))
  // Orders placed through Medusa's flows already got these events from @finesse/core's live subscriber, stamped
  // "now" and without the storefront session; move them to the planned times like the bulk ones.
  const flowIds = new Set(ctx.flowOrderIds)
  const moved = await alignServerEvents(ctx, server.filter((r) => flowIds.has(r.order_id ?? "")))
  return `${server.length} server events (${plan.customers.length} sign-ups, ${server.length - plan.customers.length} order events; ${stored} new, ${moved} moved to their planned time)`
}

async function alignServerEvents(ctx: SeedContext, rows: SeedEventRow[]): Promise<number> {
  let moved = 0
  for (let i = 0; i < rows.length; i += 5000) {
    const part = rows.slice(i, i + 5000)
    const r = await ctx.db.raw(
      `update finesse_event e
          set occurred_at = v.at, received_at = v.at, session_id = coalesce(v.session_id, e.session_id),
              anonymous_id = coalesce(v.anonymous_id, e.anonymous_id), cart_id = coalesce(v.cart_id, e.cart_id),
              amount = coalesce(v.amount, e.amount), updated_at = now()
         from unnest(?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::int8[])
              as v(client_event_id, at, session_id, anonymous_id, cart_id, amount)
        where e.client_event_id = v.client_event_id and e.deleted_at is null
          and (e.occurred_at is distinct from v.at or e.session_id is distinct from coalesce(v.session_id, e.session_id))`,
      [
        part.map((x) => x.client_event_id),
        part.map((x) => x.occurred_at),
        part.map((x) => x.session_id),
        part.map((x) => x.anonymous_id),
        part.map((x) => x.cart_id ?? null),
        part.map((x) => x.amount ?? null),
      ] as any
    )
    moved += r.rowCount ?? 0
  }
  return moved
}
