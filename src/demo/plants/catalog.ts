import type { Rng } from "../prng"
import { DAY } from "../time"
import type { DemoEvent, DemoOrder, DemoPlan, DemoProduct } from "../types"
import type { DemoPlant } from "./index"

const WEEK = 7 * DAY

/**
 * What the catalog plant put into the history (plan.truth.catalog), for @finesse/catalog's demo and tests:
 * - `overloaded`: a supplier's feed of near-copies bulk-imported into one leaf category (the largest leaf no other
 *   plant uses), so it holds more than three times its siblings' median: the category analysis flags it
 *   overloaded and suggests a split. The feed products have no description (the catalog demo seed gives images
 *   and dimensions only to products that have one), so they are also incomplete.
 * - `incomplete`: those feed products plus three products whose description was lost: missing description, images,
 *   weight and dimensions; they sell, so they top the quality to-do (fixes are ranked by how much a product sells).
 * - `searchGap`: a term that matches no product, searched in sessions of the last 60 days, every time with
 *   result_count 0: the top search gap.
 * - `stockout`: a variant whose demand in Europe rises over the last 8 weeks (lines added to that region's orders,
 *   1 more each week, to 8) while its European warehouse holds about five days of the new rate: the replenishment list
 *   puts it first with a high stock-out risk.
 * Additive: products, events and order lines are added; only the three descriptions and one inventory level change.
 * Products, variants and categories another plant's truth names are left alone; what changes in the catalogue is
 * chosen from the catalogue alone, so it stays the same when only the history moves.
 */
export type CatalogPlantTruth = {
  overloaded: { categoryKey: string; before: number; after: number; siblingMedian: number; added: string[] }
  incomplete: { productKeys: string[]; missing: string[] }
  searchGap: { query: string; searches: number }
  stockout: { productKey: string; variantKey: string; locationKey: string; stock: number; linesAdded: number[]; weeklyUnitsBefore: number }
}

/** Units left at the warehouse: about five days of the final rate of 8 lines a week. */
const STOCKOUT_STOCK = 6

const GAP_TERMS = ["linen jumpsuit", "wool poncho", "rain boots", "silk pyjamas"]

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0
}

const textOf = (p: DemoProduct) => [p.title, p.tags.join(" "), p.options.map((o) => o.values.join(" ")).join(" ")].join(" ").toLowerCase()

export const catalogPlant: DemoPlant = {
  name: "catalog",
  plant(plan: DemoPlan, rng: Rng): CatalogPlantTruth {
    const end = Date.parse(plan.historyEnd)
    const taken = JSON.stringify(Object.entries(plan.truth).filter(([k]) => k !== "catalog"))
    const free = (key: string) => !taken.includes(`"${key}"`)
    const leaves = new Set(plan.products.map((p) => p.categoryKey))
    const byLeaf = new Map<string, DemoProduct[]>()
    for (const p of plan.products) byLeaf.set(p.categoryKey, [...(byLeaf.get(p.categoryKey) ?? []), p])
    const parentOf = new Map(plan.categories.map((c) => [c.key, c.parentKey]))

    // ---- overloaded category: a supplier feed into the largest untouched leaf ----
    const leaf = [...leaves]
      .filter((k) => free(k) && (byLeaf.get(k) ?? []).every((p) => free(p.key)))
      .sort((a, b) => (byLeaf.get(b)?.length ?? 0) - (byLeaf.get(a)?.length ?? 0) || (a < b ? -1 : 1))[0]
    const siblings = [...leaves].filter((k) => k !== leaf && parentOf.get(k) === parentOf.get(leaf))
    const sibMedian = median(siblings.map((k) => byLeaf.get(k)?.length ?? 0))
    const before = byLeaf.get(leaf)?.length ?? 0
    const count = Math.max(6, 3 * sibMedian + 2 - before)
    const sources = [...(byLeaf.get(leaf) ?? [])].sort((a, b) => (a.key < b.key ? -1 : 1))
    const added: DemoProduct[] = []
    for (let i = 0; i < count && sources.length; i++) {
      const src = sources[i % sources.length]
      const n = String(i + 1).padStart(2, "0")
      const factor = 0.9 + 0.2 * rng.next()
      const variants = src.variants.slice(0, 2).map((v, j) => ({
        ...v,
        key: `var_feed_${n}_${j + 1}`,
        sku: `FEED-${n}-${j + 1}-${v.sku}`,
        prices: { eur: Math.round(v.prices.eur * factor), usd: Math.round(v.prices.usd * factor) },
        costs: { ...v.costs },
        inventory: Object.fromEntries(Object.keys(v.inventory).map((loc) => [loc, loc.endsWith("_wh") ? 8 + rng.int(0, 8) : 0])),
      }))
      const used = new Set(variants.flatMap((v) => Object.entries(v.options).map(([k, val]) => `${k}\u0000${val}`)))
      added.push({
        ...src,
        key: `prod_feed_${n}`,
        title: `${src.title} – feed import ${n}`,
        handle: `${src.handle}-feed-${n}`,
        description: "",
        options: src.options.map((o) => ({ title: o.title, values: o.values.filter((val) => used.has(`${o.title}\u0000${val}`)) })),
        variants,
      })
    }
    plan.products.push(...added)

    // ---- incomplete products: three products lose their description ----
    // chosen from the catalogue alone (spread over it by key), so the catalogue stays the same when only the
    // history moves; most products sell, so they rank high in the to-do list
    const rest = plan.products.filter((p) => free(p.key) && p.categoryKey !== leaf && !p.key.startsWith("prod_feed_")).sort((a, b) => (a.key < b.key ? -1 : 1))
    const stripped = [rest[Math.floor(rest.length / 4)], rest[Math.floor(rest.length / 2)], rest[Math.floor((3 * rest.length) / 4)]].filter(Boolean)
    for (const p of stripped) p.description = ""

    // ---- a searched term with no product ----
    const texts = plan.products.map(textOf)
    const query = GAP_TERMS.find((q) => !texts.some((t) => q.split(" ").every((w) => t.includes(w)))) ?? GAP_TERMS[0]
    const firsts = new Map<string, DemoEvent>()
    for (const e of plan.events) if (!firsts.has(e.session_id)) firsts.set(e.session_id, e)
    const recent = [...firsts.values()].filter((e) => e.type === "page_viewed" && Date.parse(e.occurred_at) >= end - 60 * DAY)
    const searches = Math.min(recent.length, Math.max(12, Math.round(40 * Math.sqrt(plan.options.scale))))
    const chosen = new Set<DemoEvent>()
    while (chosen.size < searches) chosen.add(recent[rng.int(0, recent.length - 1)])
    for (const first of chosen) {
      const at = Date.parse(first.occurred_at) + 1000 * (3 + rng.int(0, 12))
      plan.events.push({ type: "search", anonymous_id: first.anonymous_id, session_id: first.session_id, customerKey: first.customerKey, occurred_at: new Date(at).toISOString(), properties: { query, result_count: 0 } })
    }

    // ---- a product heading for a stock-out: rising demand in Europe, little stock ----
    const warehouse = plan.stockLocations.find((l) => l.kind === "warehouse" && plan.regions.find((r) => r.key === l.regionKey)?.currency_code === "eur")!
    const lastWeeks = end - 13 * WEEK
    const euUnits = new Map<string, number>()
    for (const o of plan.orders) {
      if (o.status !== "completed" || o.regionKey !== warehouse.regionKey || Date.parse(o.created_at) < lastWeeks) continue
      for (const i of o.items) euUnits.set(i.variantKey, (euUnits.get(i.variantKey) ?? 0) + i.quantity)
    }
    // from the catalogue alone too (the first variant of the product a third of the way through the rest)
    const others = rest.filter((p) => !stripped.includes(p) && p.variants.some((v) => free(v.key)))
    const product = others[Math.floor(others.length / 3)]
    const pick = product ? { p: product, v: product.variants.find((v) => free(v.key))!, u: 0 } : undefined
    if (pick) pick.u = euUnits.get(pick.v.key) ?? 0
    const linesAdded: number[] = []
    const touched = new Set<DemoOrder>()
    if (pick) {
      const pool = plan.orders.filter((o) => o.status === "completed" && !o.return && o.regionKey === warehouse.regionKey && !o.items.some((i) => i.variantKey === pick.v.key))
      for (let w = 0; w < 8; w++) {
        const from = end - (8 - w) * WEEK
        const week = pool.filter((o) => Date.parse(o.created_at) >= from && Date.parse(o.created_at) < from + WEEK && !touched.has(o))
        const n = Math.min(week.length, w + 1)
        for (let k = 0; k < n; k++) {
          const o = week.splice(rng.int(0, week.length - 1), 1)[0]
          o.items.push({ variantKey: pick.v.key, quantity: 1, unit_price: pick.v.prices[o.currency_code] })
          touched.add(o)
        }
        linesAdded.push(n)
      }
      // about five days of the final rate (8 a week) on hand at the warehouse
      pick.v.inventory = { ...pick.v.inventory, [warehouse.key]: STOCKOUT_STOCK }
    }
    // order money and the sessions that placed them (as the pricing plant does: shipping kept)
    const bySession = new Map<string, DemoEvent[]>()
    const sessions = new Set([...touched].map((o) => o.session_id))
    for (const e of plan.events) if (sessions.has(e.session_id)) bySession.set(e.session_id, [...(bySession.get(e.session_id) ?? []), e])
    const promotions = new Map(plan.promotions.map((p) => [p.code, p]))
    for (const o of touched) {
      o.subtotal = o.items.reduce((s, i) => s + i.quantity * i.unit_price, 0)
      const promo = o.promotionCode ? promotions.get(o.promotionCode) : undefined
      o.discount_total = !promo ? 0 : promo.type === "percentage" ? Math.round((o.subtotal * promo.value) / 100) : Math.min(promo.value, o.subtotal)
      o.total = o.subtotal - o.discount_total + o.shipping_total
      const session = bySession.get(o.session_id) ?? []
      const checkout = session.find((e) => e.type === "checkout_started" && e.occurred_at < o.created_at)
      if (!checkout || checkout.type !== "checkout_started" || !pick) continue
      checkout.properties = { ...checkout.properties, item_count: o.items.length, subtotal: o.subtotal }
      const at = Date.parse(checkout.occurred_at)
      const base = { anonymous_id: checkout.anonymous_id, session_id: checkout.session_id, customerKey: checkout.customerKey }
      plan.events.push(
        { ...base, type: "product_viewed", occurred_at: new Date(at - 40_000).toISOString(), properties: { product_key: pick.p.key, variant_key: pick.v.key, category_key: pick.p.categoryKey } },
        { ...base, type: "cart_item_added", occurred_at: new Date(at - 20_000).toISOString(), properties: { product_key: pick.p.key, variant_key: pick.v.key, quantity: 1 } }
      )
    }

    return {
      overloaded: { categoryKey: leaf, before, after: before + added.length, siblingMedian: sibMedian, added: added.map((p) => p.key) },
      incomplete: { productKeys: [...stripped.map((p) => p.key), ...added.map((p) => p.key)], missing: ["description", "images", "weight", "dimensions"] },
      searchGap: { query, searches: chosen.size },
      stockout: pick
        ? { productKey: pick.p.key, variantKey: pick.v.key, locationKey: warehouse.key, stock: pick.v.inventory[warehouse.key], linesAdded, weeklyUnitsBefore: Math.round((pick.u / 13) * 100) / 100 }
        : { productKey: "", variantKey: "", locationKey: warehouse.key, stock: 0, linesAdded, weeklyUnitsBefore: 0 },
    }
  },
}
