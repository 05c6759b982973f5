import { BEHAVIOURS, type Behaviour, type DemoEventType, type DemoPlan } from "./types"

export type BehaviourSummary = {
  customers: number
  share: number
  orders: number
  ordersPerCustomer: number
  customersWithoutOrders: number
  /** Share of this type's orders with a promotion code. */
  promotionShare: number
  /** Mean order subtotal per currency, minor units; null without orders in that currency. */
  averageSubtotal: { eur: number | null; usd: number | null }
  /** Product views on the customer's browsers, logged in or not. */
  productViewsPerCustomer: number
}

export type DemoPlanSummary = {
  history: { start: string; end: string; months: number }
  counts: {
    regions: number
    stockLocations: number
    categories: number
    leafCategories: number
    collections: number
    products: number
    variants: number
    outOfStockVariants: number
    promotions: number
    customers: number
    orders: number
    events: number
  }
  behaviours: Record<Behaviour, BehaviourSummary>
  /** YYYY-MM → orders created that month. */
  ordersPerMonth: Record<string, number>
  /** Orders per UTC weekday, Sunday first. */
  ordersPerWeekday: number[]
  promotionShare: number
  promotionUses: Record<string, number>
  cancellationRate: number
  /** Returned / completed orders. */
  returnRate: number
  /** Returns that took back only part of the order. */
  partialReturnShare: number
  eventsByType: Record<DemoEventType, number>
  /** Distinct sessions reaching each step (and every step before it). */
  funnel: { viewed: number; added_to_cart: number; checkout_started: number; ordered: number }
}

/** Counts and rates that show what the plan contains; the README and the tests lean on these. */
export function describeDemoPlan(plan: DemoPlan): DemoPlanSummary {
  const behaviourOf = new Map(plan.customers.map((c) => [c.key, c.behaviour]))
  const acc = Object.fromEntries(
    BEHAVIOURS.map((b) => [b, { customers: 0, orders: 0, promo: 0, buyers: new Set<string>(), sums: { eur: [0, 0], usd: [0, 0] }, views: 0 }])
  ) as Record<Behaviour, { customers: number; orders: number; promo: number; buyers: Set<string>; sums: Record<"eur" | "usd", [number, number]>; views: number }>
  for (const c of plan.customers) acc[c.behaviour].customers++

  const ordersPerMonth: Record<string, number> = {}
  const ordersPerWeekday = [0, 0, 0, 0, 0, 0, 0]
  const promotionUses: Record<string, number> = {}
  let promo = 0
  let canceled = 0
  let returned = 0
  let partial = 0
  for (const o of plan.orders) {
    const a = acc[behaviourOf.get(o.customerKey) as Behaviour]
    a.orders++
    a.buyers.add(o.customerKey)
    a.sums[o.currency_code][0] += o.subtotal
    a.sums[o.currency_code][1]++
    const month = o.created_at.slice(0, 7)
    ordersPerMonth[month] = (ordersPerMonth[month] ?? 0) + 1
    ordersPerWeekday[new Date(o.created_at).getUTCDay()]++
    if (o.promotionCode) {
      promo++
      a.promo++
      promotionUses[o.promotionCode] = (promotionUses[o.promotionCode] ?? 0) + 1
    }
    if (o.status === "canceled") canceled++
    if (o.return) {
      returned++
      const units = o.items.reduce((s, i) => s + i.quantity, 0)
      if (o.return.items.reduce((s, i) => s + i.quantity, 0) < units) partial++
    }
  }

  const eventsByType = {
    page_viewed: 0,
    category_viewed: 0,
    product_viewed: 0,
    search: 0,
    cart_item_added: 0,
    cart_item_removed: 0,
    checkout_started: 0,
  } as Record<DemoEventType, number>
  const reached = new Map<string, number>()
  const STEP: Partial<Record<DemoEventType, number>> = { product_viewed: 1, cart_item_added: 2, checkout_started: 4 }
  // product views belong to the customer who owns the browser (known from any logged-in event on it)
  const deviceOwner = new Map<string, string>()
  for (const e of plan.events) if (e.customerKey) deviceOwner.set(e.anonymous_id, e.customerKey)
  for (const e of plan.events) {
    eventsByType[e.type]++
    const bit = STEP[e.type]
    if (bit) reached.set(e.session_id, (reached.get(e.session_id) ?? 0) | bit)
    if (e.type === "product_viewed") {
      const owner = deviceOwner.get(e.anonymous_id)
      if (owner) acc[behaviourOf.get(owner) as Behaviour].views++
    }
  }
  for (const o of plan.orders) reached.set(o.session_id, (reached.get(o.session_id) ?? 0) | 8)
  const funnel = { viewed: 0, added_to_cart: 0, checkout_started: 0, ordered: 0 }
  for (const mask of reached.values()) {
    if (!(mask & 1)) continue
    funnel.viewed++
    if (!(mask & 2)) continue
    funnel.added_to_cart++
    if (!(mask & 4)) continue
    funnel.checkout_started++
    if (mask & 8) funnel.ordered++
  }

  const total = plan.customers.length
  const behaviours = Object.fromEntries(
    BEHAVIOURS.map((b) => {
      const a = acc[b]
      const avg = (c: "eur" | "usd") => (a.sums[c][1] === 0 ? null : Math.round(a.sums[c][0] / a.sums[c][1]))
      const summary: BehaviourSummary = {
        customers: a.customers,
        share: total === 0 ? 0 : a.customers / total,
        orders: a.orders,
        ordersPerCustomer: a.customers === 0 ? 0 : a.orders / a.customers,
        customersWithoutOrders: a.customers - a.buyers.size,
        promotionShare: a.orders === 0 ? 0 : a.promo / a.orders,
        averageSubtotal: { eur: avg("eur"), usd: avg("usd") },
        productViewsPerCustomer: a.customers === 0 ? 0 : a.views / a.customers,
      }
      return [b, summary]
    })
  ) as Record<Behaviour, BehaviourSummary>

  const variants = plan.products.flatMap((p) => p.variants)
  const parents = new Set(plan.categories.map((c) => c.parentKey))
  const completed = plan.orders.length - canceled
  return {
    history: { start: plan.historyStart, end: plan.historyEnd, months: Object.keys(ordersPerMonth).length },
    counts: {
      regions: plan.regions.length,
      stockLocations: plan.stockLocations.length,
      categories: plan.categories.length,
      leafCategories: plan.categories.filter((c) => !parents.has(c.key)).length,
      collections: plan.collections.length,
      products: plan.products.length,
      variants: variants.length,
      outOfStockVariants: variants.filter((v) => Object.values(v.inventory).every((n) => n === 0)).length,
      promotions: plan.promotions.length,
      customers: total,
      orders: plan.orders.length,
      events: plan.events.length,
    },
    behaviours,
    ordersPerMonth,
    ordersPerWeekday,
    promotionShare: plan.orders.length === 0 ? 0 : promo / plan.orders.length,
    promotionUses,
    cancellationRate: plan.orders.length === 0 ? 0 : canceled / plan.orders.length,
    returnRate: completed === 0 ? 0 : returned / completed,
    partialReturnShare: returned === 0 ? 0 : partial / returned,
    eventsByType,
    funnel,
  }
}
