import type { MedusaContainer } from "@medusajs/framework/types"
import { planOfPromotion, type PlanningContext, type PromotionPlan } from "../lib"
import { dailyGmv, dbOf, mainCurrency, orderRate, soldProducts } from "../reads/core-tables"
import { factsOf } from "../reads/facts-api"
import { groupMembers, loadPromotions, productStock, shippedUnits, type MedusaPromotion } from "../reads/medusa"
import { currencyExponent, currencyOfPromotion, DAY_MS, planOf, promotionsOf, windowOf, type PlanRow } from "./helpers"

/** Days of recent history the baseline rates (orders, units shipped) are read from. */
export const BASELINE_DAYS = 28
const PRODUCTS_CHECKED = 100

/**
 * The real data the pre-launch checks read for one Medusa promotion: the other promotions and plans that overlap
 * it, the promoted products' prices and core's unit costs (from what sold in the last 90 days), Medusa's stock at
 * each location against the units shipped from there in the last 28 days, the audience's order rate, and the daily
 * GMV history of the last 400 days.
 */
export async function loadPlanningContext(container: MedusaContainer, promotion: MedusaPromotion, plan: PlanRow | null, now: number): Promise<{ ctx: PlanningContext; currency: string }> {
  const db = dbOf(container)
  const currency = currencyOfPromotion(promotion, plan, await mainCurrency(db))
  const exponent = currencyExponent(currency)
  const window = windowOf(promotion, plan)
  const fallback = Number.isFinite(window.startsAt) && Number.isFinite(window.endsAt) ? window : { startsAt: now, endsAt: now + 7 * DAY_MS }
  const candidate = planOfPromotion(promotion, { exponent, fallback, now })

  // other promotions: Medusa's active ones and Finesse's planned drafts, with dates that meet the candidate's
  const service = promotionsOf(container)
  const plans = (await service.listFinessePromotionPlans({ status: ["planned", "launched"] }, { take: 500 })) as unknown as PlanRow[]
  const plannedIds = new Set(plans.flatMap((p) => [p.promotion_id, ...(p.promotion_ids ?? [])]))
  const own = new Set([promotion.id, ...(plan?.promotion_ids ?? [])])
  const candidates = await loadPromotions(container, { status: ["active", "draft"] })
  const planById = new Map(plans.map((p) => [p.promotion_id, p]))
  const otherPromotions: PromotionPlan[] = []
  for (const o of candidates) {
    if (own.has(o.id) || (o.status === "draft" && !plannedIds.has(o.id))) continue
    const w = windowOf(o, planById.get(o.id) ?? null)
    const p = planOfPromotion(o, { exponent, fallback: { startsAt: Number.isFinite(w.startsAt) ? w.startsAt : -8.64e15, endsAt: Number.isFinite(w.endsAt) ? w.endsAt : 8.64e15 } })
    otherPromotions.push(p)
  }

  const since90 = new Date(now - 90 * DAY_MS)
  const recent = new Date(now - BASELINE_DAYS * DAY_MS)
  const scoped = candidate.productIds === "all" ? null : candidate.productIds
  const sold = await soldProducts(db, { since: since90, until: new Date(now), currency_code: currency }, scoped, PRODUCTS_CHECKED)
  const products = sold.map((s) => ({ productId: s.product_id, price: s.price, unitCost: s.unit_cost }))
  // promoted products that did not sell lately: their list price and core's unit cost (the variant with the least margin)
  for (const id of (scoped ?? []).filter((id) => !sold.some((s) => s.product_id === id)).slice(0, PRODUCTS_CHECKED)) {
    const costs = await factsOf(container).productCosts(id)
    let worst: { price: number; unitCost: number | null; margin: number } | null = null
    for (const v of costs?.variants ?? []) {
      const price = v.prices.find((p) => p.currency_code.toLowerCase() === currency)?.amount
      if (!price) continue
      const cost = v.costs.find((c) => c.currency_code.toLowerCase() === currency)?.amount ?? null
      const margin = cost === null ? Infinity : (price - cost) / price
      if (!worst || margin < worst.margin || (worst.unitCost !== null && cost === null)) worst = { price, unitCost: cost, margin }
    }
    if (worst) products.push({ productId: id, price: worst.price, unitCost: worst.unitCost })
  }

  const stockRows = await productStock(container, (scoped ?? sold.map((s) => s.product_id)).slice(0, PRODUCTS_CHECKED))
  const shipped = await shippedUnits(container, recent, stockRows.flatMap((s) => s.inventoryItemIds))
  const stock = stockRows.flatMap((s) => s.levels.map((l) => ({ productId: s.productId, locationId: l.locationId, available: l.available })))
  const demand: PlanningContext["demand"] = []
  for (const s of stockRows) {
    const byLocation = new Map<string, number>()
    for (const item of s.inventoryItemIds) for (const [loc, units] of shipped.get(item) ?? []) byLocation.set(loc, (byLocation.get(loc) ?? 0) + units)
    if (byLocation.size) for (const [locationId, units] of byLocation) demand.push({ productId: s.productId, locationId, unitsPerDay: units / BASELINE_DAYS })
    else {
      // no fulfilment history (orders not shipped through Medusa yet): the sales of the line facts, all locations
      const units = sold.find((x) => x.product_id === s.productId)?.units ?? 0
      if (units > 0) demand.push({ productId: s.productId, unitsPerDay: units / 90 })
    }
  }

  const audience = candidate.audience === "everyone" ? null : (await Promise.all(candidate.audience.customerGroupIds.map((g) => groupMembers(container, g)))).flat()
  const rate = await orderRate(db, { since: recent, until: new Date(now), currency_code: currency }, audience)
  const orderForecast = { ordersPerDay: rate.orders / BASELINE_DAYS, averageSubtotal: rate.average_subtotal, averageUnits: rate.average_units }
  const day = (t: number) => new Date(t).toISOString().slice(0, 10)
  const history = await dailyGmv(db, { since: day(now - 400 * DAY_MS), until: day(now + DAY_MS), currency_code: currency })

  return {
    currency,
    ctx: {
      candidate,
      expectedUplift: plan?.expected_uplift ?? 0.2,
      otherPromotions,
      products,
      stock,
      demand,
      orderForecast,
      dailyGmv: history,
      now,
    },
  }
}

export { planOf }
