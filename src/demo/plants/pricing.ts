import type { Rng } from "../prng"
import { DAY } from "../time"
import type { DemoEvent, DemoOrder, DemoPlan, DemoPromotion } from "../types"
import type { DemoPlant } from "./index"

const WEEK = 7 * DAY
/** Price levels a planted product moves between before the applied change (multipliers of its catalogue price). */
const LEVELS = [0.8, 0.9, 1, 1.1, 1.2]
/** Per category: three products, the demand elasticity of each and the multiplier of the demo batch's change. */
const PLANTED = [
  { elasticity: -2.4, final: 0.9 },
  { elasticity: -1.6, final: 0.92 },
  { elasticity: -0.8, final: 1.08 },
]

export type PricingTruth = {
  /** Monday 00:00 UTC, six weeks before the end of history: the demo's applied batch changes prices from here on */
  change_at: string
  products: {
    productKey: string
    categoryKey: string
    variantKeys: string[]
    /** d ln(units) / d ln(price) planted in the weekly demand */
    elasticity: number
    /** the price from change_at on, as a multiple of the catalogue price (what the demo batch applies) */
    final_multiplier: number
    /** the price level (multiple of the catalogue price) in force from each instant */
    schedule: { from: string; multiplier: number }[]
  }[]
  lines_added: number
  lines_removed: number
}

const mondayOf = (ms: number) => {
  const d = new Date(ms)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY
}

function poisson(rng: Rng, lambda: number): number {
  // Knuth's product method: exact, and λ here stays below ~30
  const limit = Math.exp(-lambda)
  let k = 0
  let p = rng.next()
  while (p > limit) {
    k++
    p *= rng.next()
  }
  return k
}

function discountFor(promotion: DemoPromotion | undefined, subtotal: number): number {
  if (!promotion) return 0
  if (promotion.type === "percentage") return Math.round((subtotal * promotion.value) / 100)
  return Math.min(promotion.value, subtotal)
}

/**
 * Planted price elasticities for @finesse/pricing: six products (three in each of two leaf categories) whose shelf
 * price moves every four weeks between 80 % and 120 % of their catalogue price and whose weekly demand follows
 * units ∝ price^ε with a known ε (−2.4, −1.6, −0.8 in each category), on top of the store's seasonality. From six
 * weeks before the end of history each sits at the price the demo's applied repricing batch sets (a cut for the two
 * elastic ones, a rise for the inelastic one), so the batch has a measurable effect against the category's other
 * products, whose prices never move.
 * How: every order line of a planted product is priced at the level of its week, existing lines are thinned with
 * probability 1 − f/f_max (f = level^ε, so demand falls as the price rises) and extra lines are added to that week's
 * orders, Poisson with mean λ·f·(orders this week / average week); orders that would lose their only line, and
 * returned ones, keep their lines. Order money is recomputed (subtotal, promotion discount, total; shipping kept).
 * The store's catalogue prices do not change: the varied prices live in the order history only.
 */
export const pricingPlant: DemoPlant = {
  name: "pricing",
  plant(plan: DemoPlan, rng: Rng): PricingTruth {
    const start = Date.parse(plan.historyStart)
    const end = Date.parse(plan.historyEnd)
    const changeAt = mondayOf(end) - 6 * WEEK
    // products whose variants share one price, so a week's price is the product's price and not its size mix
    const onePrice = (p: (typeof plan.products)[number]) => p.variants.every((v) => v.prices.eur === p.variants[0].prices.eur && v.prices.usd === p.variants[0].prices.usd)
    const byCategory = new Map<string, typeof plan.products>()
    for (const p of plan.products) byCategory.set(p.categoryKey, [...(byCategory.get(p.categoryKey) ?? []), p])
    const categories = [...byCategory.keys()]
      .sort()
      .filter((c) => (byCategory.get(c)?.length ?? 0) >= 6 && byCategory.get(c)!.filter(onePrice).length >= PLANTED.length)
      .slice(0, 2)
    const chosen = categories.flatMap((c) =>
      byCategory
        .get(c)!
        .filter(onePrice)
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .slice(0, PLANTED.length)
        .map((product, i) => ({ product, ...PLANTED[i] }))
    )
    const promotions = new Map(plan.promotions.map((p) => [p.code, p]))
    const weeks = Math.ceil((end - mondayOf(start)) / WEEK) + 1
    const weekOf = (ms: number) => Math.floor((ms - mondayOf(start)) / WEEK)
    // the store's own weekly rhythm (orders per week / mean), the seasonality the demand rides on
    const perWeek = new Float64Array(weeks)
    for (const o of plan.orders) perWeek[weekOf(Date.parse(o.created_at))]++
    const meanWeek = plan.orders.length / weeks
    const lambda = 20 * plan.options.scale
    const touched = new Set<DemoOrder>()
    const addedTo = new Map<DemoOrder, { productKey: string; categoryKey: string; variantKey: string }[]>()
    const truth: PricingTruth = { change_at: new Date(changeAt).toISOString(), products: [], lines_added: 0, lines_removed: 0 }

    for (const c of chosen) {
      // a level per four-week block; the block before the change is the catalogue price, from the change the final one
      const schedule: { from: number; multiplier: number }[] = []
      for (let t = mondayOf(start); t < changeAt; t += 4 * WEEK) schedule.push({ from: t, multiplier: rng.pick(LEVELS) })
      schedule[schedule.length - 1].multiplier = 1
      schedule.push({ from: changeAt, multiplier: c.final })
      const levelAt = (ms: number) => {
        let m = schedule[0].multiplier
        for (const s of schedule) if (s.from <= ms) m = s.multiplier
        return m
      }
      const fMax = Math.max(...schedule.map((s) => s.multiplier ** c.elasticity))
      const variants = new Map(c.product.variants.map((v) => [v.key, v]))
      const priceAt = (variantKey: string, currency: "eur" | "usd", ms: number) => Math.round(variants.get(variantKey)!.prices[currency] * levelAt(ms))
      // existing lines: repriced to their week's level and thinned
      for (const o of plan.orders) {
        const at = Date.parse(o.created_at)
        for (let i = o.items.length - 1; i >= 0; i--) {
          const item = o.items[i]
          if (!variants.has(item.variantKey)) continue
          const keep = rng.chance(levelAt(at) ** c.elasticity / fMax)
          if (!keep && o.items.length > 1 && !o.return?.items.some((r) => r.variantKey === item.variantKey)) {
            o.items.splice(i, 1)
            truth.lines_removed++
          } else item.unit_price = priceAt(item.variantKey, o.currency_code, at)
          touched.add(o)
        }
      }
      // extra demand: Poisson lines into the week's orders
      const ordersByWeek: DemoOrder[][] = Array.from({ length: weeks }, () => [])
      for (const o of plan.orders) if (o.status === "completed" && !o.return) ordersByWeek[weekOf(Date.parse(o.created_at))].push(o)
      for (let w = 0; w < weeks; w++) {
        const pool = ordersByWeek[w]
        if (!pool.length) continue
        const weekStart = mondayOf(start) + w * WEEK
        // a steady baseline: the store's own seasonality already reaches the planted products through their existing lines
        const n = poisson(rng, lambda * (levelAt(weekStart + 3.5 * DAY) ** c.elasticity / fMax) * Math.min(1, perWeek[w] / meanWeek + 0.5))
        for (let k = 0; k < n; k++) {
          const o = rng.pick(pool)
          const v = rng.pick(c.product.variants)
          if (o.items.some((i) => i.variantKey === v.key)) continue
          o.items.push({ variantKey: v.key, quantity: 1, unit_price: priceAt(v.key, o.currency_code, Date.parse(o.created_at)) })
          touched.add(o)
          addedTo.set(o, [...(addedTo.get(o) ?? []), { productKey: c.product.key, categoryKey: c.product.categoryKey, variantKey: v.key }])
          truth.lines_added++
        }
      }
      truth.products.push({
        productKey: c.product.key,
        categoryKey: c.product.categoryKey,
        variantKeys: c.product.variants.map((v) => v.key),
        elasticity: c.elasticity,
        final_multiplier: c.final,
        schedule: schedule.map((s) => ({ from: new Date(s.from).toISOString(), multiplier: s.multiplier })),
      })
    }
    const sessions = new Map<string, DemoEvent[]>()
    const wanted = new Set([...touched].map((o) => o.session_id))
    for (const e of plan.events) if (wanted.has(e.session_id)) sessions.set(e.session_id, [...(sessions.get(e.session_id) ?? []), e])
    for (const o of touched) {
      o.subtotal = o.items.reduce((s, i) => s + i.quantity * i.unit_price, 0)
      o.discount_total = o.promotionCode ? discountFor(promotions.get(o.promotionCode), o.subtotal) : 0
      o.total = o.subtotal - o.discount_total + o.shipping_total
      if (o.return) {
        const bought = new Map(o.items.map((i) => [i.variantKey, i.unit_price]))
        const value = o.return.items.reduce((s, i) => s + i.quantity * (bought.get(i.variantKey) ?? 0), 0)
        o.return.refund_amount = Math.round((value * (o.subtotal - o.discount_total)) / o.subtotal)
      }
      const session = sessions.get(o.session_id) ?? []
      const checkout = session.find((e) => e.type === "checkout_started" && e.occurred_at < o.created_at)
      if (!checkout) continue
      if (checkout.type === "checkout_started") checkout.properties = { ...checkout.properties, item_count: o.items.length, subtotal: o.subtotal }
      // the shopper viewed and added each planted line between the session's last step and the checkout (whole
      // seconds, logged in as at checkout), so the session still opens with its page view
      const lines = addedTo.get(o) ?? []
      if (!lines.length) continue
      const at = Date.parse(checkout.occurred_at)
      const prev = Math.max(...session.filter((e) => e.occurred_at < checkout.occurred_at).map((e) => Date.parse(e.occurred_at)), at - 60_000)
      const slot = (j: number) => new Date(Math.min(at - 1000, prev + 1000 * Math.max(1, Math.floor(((at - prev) / 1000) * (j / (2 * lines.length + 1)))))).toISOString()
      const base = { anonymous_id: checkout.anonymous_id, session_id: checkout.session_id, customerKey: checkout.customerKey }
      lines.forEach((l, k) => {
        plan.events.push(
          { ...base, type: "product_viewed", occurred_at: slot(2 * k + 1), properties: { product_key: l.productKey, variant_key: l.variantKey, category_key: l.categoryKey } },
          { ...base, type: "cart_item_added", occurred_at: slot(2 * k + 2), properties: { product_key: l.productKey, variant_key: l.variantKey, quantity: 1 } }
        )
      })
    }
    return truth
  },
}
