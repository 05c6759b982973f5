import { SHIPPING } from "../plan-geography"
import type { Rng } from "../prng"
import { DAY, HOUR, MINUTE, iso } from "../time"
import type { DemoEvent, DemoOrder, DemoPlan, DemoPromotion } from "../types"
import type { DemoPlant } from "./index"

/**
 * @finesse/promotions' planted truth: two past promotions, each with a random 25 % holdout of its audience (the
 * customers with an order in the 180 days before it), and marketing-channel tags on the demo's landing pages.
 *
 * - VIP10, 10 % off for 14 days, paid off: treated customers (not the lapsed or one-off ones) place about half an
 *   extra order each during it (reached by e-mail), and nothing is given back afterwards.
 * - FLASH30, 30 % off for 5 days, lost margin: treated customers move most of their next 30 days' orders into the
 *   sale (they buy what they would have bought anyway, at 30 % less) and buy less afterwards.
 *
 * The holdout is the unit position of `demo-holdout:<code>:<customer key>` (FNV-1a 32 bit + MurmurHash3 fmix32, the
 * same function as @finesse/promotions' hashUnit), so the plugin's demo seed finds the same split in the store from
 * each customer's `metadata.demo_key`. Channels are UTM tags and click ids on the first page view of sessions, with
 * different conversion per channel (e-mail converts, paid social mostly browses).
 */

export const PROMOTION_HOLDOUT_SHARE = 0.25
export const PROMOTION_AUDIENCE_DAYS = 180

type Design = {
  code: string
  percent: number
  days: number
  /** the window starts on this weekday (0 = Sunday) of the n-th week of a month */
  weekday: number
  week: number
  description: string
}

const VIP: Design = { code: "VIP10", percent: 10, days: 14, weekday: 1, week: 2, description: "VIP fortnight: 10 % off for the best customers (with a 25 % holdout)" }
const FLASH: Design = { code: "FLASH30", percent: 30, days: 5, weekday: 4, week: 1, description: "Flash sale: 30 % off, Thursday to Monday (with a 25 % holdout)" }

/** FNV-1a 32 bit over UTF-8, then fmix32: the unit position of a key in [0, 1) (see the plugin's lib/math/hash.ts). */
export function demoHoldoutUnit(key: string): number {
  let h = 0x811c9dc5
  const bytes = new TextEncoder().encode(key)
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return (h >>> 0) / 4294967296
}

export const isDemoHoldout = (code: string, customerKey: string) => demoHoldoutUnit(`demo-holdout:${code}:${customerKey}`) < PROMOTION_HOLDOUT_SHARE

function nthWeekday(year: number, month0: number, weekday: number, n: number): number {
  const first = Date.UTC(year, month0, 1)
  return first + (((weekday - new Date(first).getUTCDay() + 7) % 7) + (n - 1) * 7) * DAY
}

type Span = [number, number]
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1]

/** The latest occurrence of the design whose 90-day pre-period and 30-day post period are inside the history. */
function chooseWindow(d: Design, plan: DemoPlan, avoid: Span[]): Span | null {
  const start = Date.parse(plan.historyStart)
  const end = Date.parse(plan.historyEnd)
  const sales = plan.promotions.filter((p) => !p.firstOrderOnly).map((p): Span => [Date.parse(p.startsAt) - 3 * DAY, Date.parse(p.endsAt) + 3 * DAY])
  const last = new Date(end)
  for (let k = 0; k < 14; k++) {
    const from = nthWeekday(last.getUTCFullYear(), last.getUTCMonth() - k, d.weekday, d.week)
    const to = from + d.days * DAY
    if (from - 90 * DAY < start || to + 30 * DAY > end) continue
    if (sales.some((s) => overlaps(s, [from, to]))) continue
    if (avoid.some((s) => overlaps(s, [from - 7 * DAY, to + 30 * DAY]))) continue
    return [from, to]
  }
  return null
}

function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean)
  let k = 0
  let p = rng.next()
  while (p > limit) {
    k++
    p *= rng.next()
  }
  return k
}

const month = (t: number) => iso(t).slice(0, 7)

/** An order with the promotion's discount, shipping recomputed on the discounted goods. */
function discounted(o: DemoOrder, code: string, percent: number): void {
  o.promotionCode = code
  o.discount_total = Math.round((o.subtotal * percent) / 100)
  const ship = SHIPPING[o.currency_code]
  o.shipping_total = o.subtotal - o.discount_total >= ship.freeFrom ? 0 : ship.fee
  o.total = o.subtotal - o.discount_total + o.shipping_total
  if (o.return) {
    // the base plan's refund rule: returned value less its share of the order discount
    const price = new Map(o.items.map((i) => [i.variantKey, i.unit_price]))
    const value = o.return.items.reduce((s, i) => s + i.quantity * (price.get(i.variantKey) ?? 0), 0)
    o.return.refund_amount = Math.round((value * (o.subtotal - o.discount_total)) / o.subtotal)
  }
}

type Context = {
  plan: DemoPlan
  rng: Rng
  sessionsOf: Map<string, DemoEvent[]>
  devicesOf: Map<string, string>
  ordersOf: Map<string, DemoOrder[]>
  nextId: () => number
}

/** A new order like one the customer placed before (same basket), in a session of its own landing from an e-mail. */
function extraOrder(ctx: Context, base: DemoOrder, at: number, code: string, percent: number): DemoOrder {
  const id = ctx.nextId()
  const sessionId = `ses_promo_${String(id).padStart(5, "0")}`
  const device = ctx.devicesOf.get(base.customerKey) ?? `anon_promo_${id}`
  const order: DemoOrder = { ...base, key: `planted-promotions-${id}`, created_at: iso(at), status: "completed", items: base.items.map((i) => ({ ...i })), session_id: sessionId }
  delete order.canceled_at
  delete order.return
  discounted(order, code, percent)
  const variants = new Map(ctx.plan.products.flatMap((p) => p.variants.map((v) => [v.key, p] as const)))
  const steps: { type: DemoEvent["type"]; properties: DemoEvent["properties"] }[] = [
    { type: "page_viewed", properties: { path: `/?utm_source=newsletter&utm_medium=email&utm_campaign=${code.toLowerCase()}` } },
  ]
  for (const item of order.items) {
    const product = variants.get(item.variantKey)!
    steps.push({ type: "product_viewed", properties: { product_key: product.key, variant_key: item.variantKey, category_key: product.categoryKey } })
    steps.push({ type: "cart_item_added", properties: { product_key: product.key, variant_key: item.variantKey, quantity: item.quantity } })
  }
  steps.push({ type: "checkout_started", properties: { item_count: order.items.reduce((s, i) => s + i.quantity, 0), subtotal: order.subtotal, currency_code: order.currency_code } })
  // the session ends with checkout 2 minutes before the order, a minute between steps
  const begin = at - (steps.length + 1) * MINUTE
  steps.forEach((s, i) =>
    ctx.plan.events.push({ type: s.type, anonymous_id: device, session_id: sessionId, customerKey: base.customerKey, occurred_at: iso(begin + i * MINUTE), properties: s.properties } as DemoEvent)
  )
  ctx.plan.orders.push(order)
  ctx.ordersOf.get(base.customerKey)?.push(order)
  return order
}

/** Moves an order (and its session's events, by the same time) to `at`. */
function moveOrder(ctx: Context, o: DemoOrder, at: number): void {
  const delta = at - Date.parse(o.created_at)
  o.created_at = iso(at)
  for (const e of ctx.sessionsOf.get(o.session_id) ?? []) e.occurred_at = iso(Date.parse(e.occurred_at) + delta)
}

type PlantedPromotion = {
  code: string
  startsAt: string
  endsAt: string
  percent: number
  holdoutShare: number
  audience: number
  treated: number
  holdout: number
  discountedOrders: number
  extraOrders: number
  movedOrders: number
}

function plantPromotion(ctx: Context, d: Design, window: Span, kind: "paid_off" | "pull_forward"): PlantedPromotion {
  const { plan, rng } = ctx
  const [from, to] = window
  const promotion: DemoPromotion = {
    code: d.code,
    type: "percentage",
    value: d.percent,
    currency_code: null,
    regionKeys: plan.regions.map((r) => r.key),
    firstOrderOnly: false,
    description: d.description,
    startsAt: iso(from),
    endsAt: iso(to - 1),
  }
  plan.promotions.push(promotion)
  const since = from - PROMOTION_AUDIENCE_DAYS * DAY
  const customers = new Map(plan.customers.map((c) => [c.key, c]))
  const audience = plan.customers.filter((c) => (ctx.ordersOf.get(c.key) ?? []).some((o) => o.status === "completed" && Date.parse(o.created_at) >= since && Date.parse(o.created_at) < from))
  const out: PlantedPromotion = { code: d.code, startsAt: promotion.startsAt, endsAt: promotion.endsAt, percent: d.percent, holdoutShare: PROMOTION_HOLDOUT_SHARE, audience: audience.length, treated: 0, holdout: 0, discountedOrders: 0, extraOrders: 0, movedOrders: 0 }
  // the latest moment an order can take inside the window (its session must end before the code expires)
  const inWindow = () => from + HOUR + Math.floor(rng.next() * (to - from - 2 * HOUR) / 1000) * 1000
  for (const c of audience) {
    if (isDemoHoldout(d.code, c.key)) {
      out.holdout++
      continue
    }
    out.treated++
    const orders = ctx.ordersOf.get(c.key) ?? []
    const responds = c.behaviour !== "lapsed" && c.behaviour !== "one_off"
    if (kind === "pull_forward" && responds) {
      for (const o of orders.filter((o) => o.status === "completed" && !o.return && o.promotionCode === null && Date.parse(o.created_at) >= to && Date.parse(o.created_at) < to + 30 * DAY)) {
        const sameMonth = orders.filter((x) => x !== o && month(Date.parse(x.created_at)) === month(Date.parse(o.created_at))).length
        const at = inWindow()
        if (sameMonth === 0 || at <= Date.parse(c.created_at) + DAY || !rng.chance(0.85)) continue
        moveOrder(ctx, o, at)
        out.movedOrders++
      }
    }
    for (const o of orders) {
      const t = Date.parse(o.created_at)
      if (t >= from && t < to && o.promotionCode === null && o.status === "completed") {
        discounted(o, d.code, d.percent)
        out.discountedOrders++
      }
    }
    const extra = responds ? poisson(rng, kind === "paid_off" ? 0.5 : 0.05) : 0
    const past = orders.filter((o) => o.status === "completed" && Date.parse(o.created_at) < from)
    for (let k = 0; k < extra && past.length; k++) {
      const at = inWindow()
      if (at <= Date.parse(customers.get(c.key)!.created_at) + DAY) continue
      extraOrder(ctx, rng.pick(past), at, d.code, d.percent)
      out.extraOrders++
    }
  }
  return out
}

const CHANNEL_TAGS: { channel: string; onOrder: number; onBrowse: number; tag: (rng: Rng, at: number) => string }[] = [
  { channel: "email", onOrder: 0.1, onBrowse: 0.04, tag: (_r, at) => `utm_source=newsletter&utm_medium=email&utm_campaign=newsletter-${month(at)}` },
  { channel: "paid_search", onOrder: 0.14, onBrowse: 0.1, tag: (r) => (r.chance(0.5) ? `gclid=Cj0K${Math.floor(r.next() * 1e9).toString(36)}` : `utm_source=google&utm_medium=cpc&utm_campaign=${r.chance(0.6) ? "brand" : "generic"}`) },
  { channel: "paid_social", onOrder: 0.03, onBrowse: 0.12, tag: (r) => `utm_source=${r.chance(0.7) ? "instagram" : "facebook"}&utm_medium=paid_social&utm_campaign=lookbook` },
  { channel: "organic_social", onOrder: 0.04, onBrowse: 0.06, tag: (r) => `utm_source=${r.pick(["facebook", "instagram", "pinterest"])}&utm_medium=social` },
  { channel: "affiliate", onOrder: 0.04, onBrowse: 0.02, tag: () => `utm_source=stylebloggers&utm_medium=affiliate&utm_campaign=partners` },
  { channel: "organic_search", onOrder: 0.1, onBrowse: 0.1, tag: (r) => `utm_source=${r.chance(0.85) ? "google" : "bing"}&utm_medium=organic` },
]

/** Tags the landing page view of sessions with a channel; returns sessions per channel and kind. */
function tagChannels(ctx: Context, orderSessions: Set<string>): Record<string, { order: number; browse: number }> {
  const counts: Record<string, { order: number; browse: number }> = {}
  for (const [sessionId, events] of ctx.sessionsOf) {
    const first = events[0]
    if (first?.type !== "page_viewed" || first.properties.path.includes("?")) continue
    const order = orderSessions.has(sessionId)
    const u = ctx.rng.next()
    let acc = 0
    for (const c of CHANNEL_TAGS) {
      acc += order ? c.onOrder : c.onBrowse
      if (u < acc) {
        first.properties = { path: `${first.properties.path}?${c.tag(ctx.rng, Date.parse(first.occurred_at))}` }
        counts[c.channel] ??= { order: 0, browse: 0 }
        counts[c.channel][order ? "order" : "browse"]++
        break
      }
    }
  }
  return counts
}

export const promotionsPlant: DemoPlant = {
  name: "promotions",
  plant(plan, rng) {
    const sessionsOf = new Map<string, DemoEvent[]>()
    const devicesOf = new Map<string, string>()
    for (const e of plan.events) {
      const list = sessionsOf.get(e.session_id)
      if (list) list.push(e)
      else sessionsOf.set(e.session_id, [e])
      if (e.customerKey && !devicesOf.has(e.customerKey)) devicesOf.set(e.customerKey, e.anonymous_id)
    }
    const ordersOf = new Map<string, DemoOrder[]>()
    for (const o of plan.orders) {
      const list = ordersOf.get(o.customerKey)
      if (list) list.push(o)
      else ordersOf.set(o.customerKey, [o])
    }
    let seq = 0
    const ctx: Context = { plan, rng, sessionsOf, devicesOf, ordersOf, nextId: () => ++seq }
    const flashWindow = chooseWindow(FLASH, plan, [])
    const vipWindow = chooseWindow(VIP, plan, flashWindow ? [[flashWindow[0], flashWindow[1] + 30 * DAY]] : [])
    const promotions: PlantedPromotion[] = []
    // channels first, on the history as planned (the e-mail sessions of VIP10's extra orders are tagged by the plant)
    const channels = tagChannels(ctx, new Set(plan.orders.map((o) => o.session_id)))
    if (vipWindow) promotions.push(plantPromotion(ctx, VIP, vipWindow, "paid_off"))
    if (flashWindow) promotions.push(plantPromotion(ctx, FLASH, flashWindow, "pull_forward"))
    return { promotions, channels, audienceDays: PROMOTION_AUDIENCE_DAYS }
  },
}
