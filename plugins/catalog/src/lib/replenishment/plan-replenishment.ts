import { SizeDistribution } from "../math/compound-poisson"
import { normalQuantile } from "../math/normal"
import { leadTimeDemandNormal, leadTimeDemandQuantile, stockoutRiskCompound, stockoutRiskNormal } from "./lead-time-demand"
import { economicOrderQuantity, roundToPack } from "./order-quantity"
import { safetyFactorCycle, safetyFactorFillRate } from "./safety-stock"

/**
 * Replenishment for one variant × location from its forecast, Medusa's inventory level and the supplier's terms.
 * - Continuous review (s, Q): reorder point s = lead-time demand at the service level; when the inventory position
 *   (available + incoming) is at or below s, order whole lots of Q = EOQ (or, without costs, up to s + one review
 *   period of demand).
 * - Periodic review (R, S): order up to S = demand over R + L at the service level.
 * Fast movers use the normal model with a random lead time; intermittent ones (when the forecast gives a line rate
 * and sizes) the compound Poisson model, whose quantile is the reorder point directly.
 * Units are whole; money is integer minor units.
 */
export type StockLevel = {
  stocked: number
  reserved: number
  /** units on order (Medusa's incoming_quantity) */
  incoming: number
  /** days until the incoming units arrive, when known */
  incomingInDays?: number
}

export type SupplierTerms = {
  leadTimeDays: number
  leadTimeSdDays?: number
  packSize?: number
  moq?: number
  unitCostMinor?: number
  orderCostMinor?: number
  supplier?: string
}

export type DemandInput = {
  meanPerDay: number
  sdPerDay: number
  /** the order-rate description of demand; used when `intermittent` */
  linesPerDay?: number
  sizes?: SizeDistribution | null
  intermittent?: boolean
}

export type ReplenishmentPolicy = {
  review: "continuous" | "periodic"
  /** target service: cycle service level P1, or fill rate P2 (normal model only) */
  serviceLevel: number
  serviceMeasure: "cycle" | "fill_rate"
  reviewPeriodDays: number
  annualHoldingRate: number
}

export const DEFAULT_POLICY: ReplenishmentPolicy = { review: "periodic", serviceLevel: 0.95, serviceMeasure: "cycle", reviewPeriodDays: 7, annualHoldingRate: 0.25 }

export type ReplenishmentPlan = {
  available: number
  inventoryPosition: number
  meanPerDay: number
  model: "normal" | "compound_poisson"
  /** units; may be negative for a fill-rate target with large lots */
  safetyStock: number
  reorderPoint: number
  orderUpTo: number
  eoq: number
  suggestedQty: number
  orderValueMinor: number
  daysOfCover: number
  /** probability of running out before the next arrival (the incoming order, or one placed today) */
  stockoutRisk: number
  reorder: boolean
  reason: string
}

export function planReplenishment(stock: StockLevel, demand: DemandInput, terms: SupplierTerms, policy: ReplenishmentPolicy = DEFAULT_POLICY): ReplenishmentPlan {
  const available = Math.max(0, stock.stocked - stock.reserved)
  const ip = available + Math.max(0, stock.incoming)
  const d = Math.max(0, demand.meanPerDay)
  const lt = { days: terms.leadTimeDays, sdDays: terms.leadTimeSdDays }
  const R = policy.review === "periodic" ? policy.reviewPeriodDays : 0
  const compound = !!(demand.intermittent && demand.sizes && demand.linesPerDay !== undefined && demand.linesPerDay > 0)
  const annual = d * 365
  const eoqRaw = terms.orderCostMinor !== undefined && terms.unitCostMinor !== undefined ? economicOrderQuantity(annual, terms.orderCostMinor, terms.unitCostMinor, policy.annualHoldingRate) : 0
  const eoq = roundToPack(eoqRaw, terms.packSize, terms.moq)
  let protectionMean: number
  let level: number
  let safety: number
  if (compound) {
    const cd = { linesPerDay: demand.linesPerDay!, sizes: demand.sizes! }
    protectionMean = cd.linesPerDay * cd.sizes.m1 * (lt.days + R)
    level = leadTimeDemandQuantile(cd, lt, policy.serviceLevel, R)
    safety = level - protectionMean
  } else {
    const ltd = leadTimeDemandNormal({ meanPerDay: d, sdPerDay: demand.sdPerDay }, lt, R)
    protectionMean = ltd.mean
    const lot = policy.review === "periodic" ? d * R : eoq || d * policy.reviewPeriodDays
    const k = policy.serviceMeasure === "fill_rate" ? safetyFactorFillRate(policy.serviceLevel, lot, ltd.sd) : safetyFactorCycle(policy.serviceLevel)
    safety = k * ltd.sd
    level = Math.ceil(protectionMean + safety - 1e-9)
  }
  const reorderPoint = policy.review === "continuous" ? level : Math.ceil(d * lt.days + safety - 1e-9)
  const orderUpTo = policy.review === "periodic" ? level : level + Math.ceil(Math.max(eoq, d * policy.reviewPeriodDays))
  let suggested = 0
  let reorder = false
  if (policy.review === "continuous") {
    if (ip <= reorderPoint && d > 0) {
      reorder = true
      if (eoq > 0) suggested = roundToPack(Math.ceil((reorderPoint - ip + 1) / eoq) * eoq, terms.packSize, terms.moq)
      else suggested = roundToPack(orderUpTo - ip, terms.packSize, terms.moq)
    }
  } else if (ip < orderUpTo && d > 0) {
    reorder = true
    suggested = roundToPack(orderUpTo - ip, terms.packSize, terms.moq)
  }
  const nextArrival = stock.incoming > 0 && stock.incomingInDays !== undefined ? { days: stock.incomingInDays, sdDays: 0 } : lt
  const risk = d <= 0 ? 0 : compound ? stockoutRiskCompound({ linesPerDay: demand.linesPerDay!, sizes: demand.sizes! }, nextArrival, available) : stockoutRiskNormal({ meanPerDay: d, sdPerDay: demand.sdPerDay }, nextArrival, available)
  const daysOfCover = d > 0 ? available / d : Infinity
  const service = `${Math.round(policy.serviceLevel * 1000) / 10} % ${policy.serviceMeasure === "cycle" ? "cycle service" : "fill rate"}`
  const reason = !reorder
    ? d <= 0
      ? "no forecast demand"
      : `inventory position ${ip} covers ${policy.review === "continuous" ? `the reorder point ${reorderPoint}` : `the order-up-to level ${orderUpTo}`}`
    : `inventory position ${ip} ${policy.review === "continuous" ? `≤ reorder point ${reorderPoint}` : `< order-up-to level ${orderUpTo}`} (lead time ${lt.days} d${lt.sdDays ? ` ± ${lt.sdDays}` : ""}${R ? `, review every ${R} d` : ""}, ${service}, ${compound ? "compound Poisson" : "normal"} demand)`
  return {
    available,
    inventoryPosition: ip,
    meanPerDay: d,
    model: compound ? "compound_poisson" : "normal",
    safetyStock: Math.round(safety * 100) / 100,
    reorderPoint,
    orderUpTo,
    eoq,
    suggestedQty: suggested,
    orderValueMinor: terms.unitCostMinor !== undefined ? suggested * Math.round(terms.unitCostMinor) : 0,
    daysOfCover,
    stockoutRisk: risk,
    reorder,
    reason,
  }
}

/** Daily mean and sd from a forecast per period (weekly: days = 7): sd from an 80 % interval when there is one. */
export function dailyDemandFromForecast(meanPerPeriod: ArrayLike<number>, periodDays: number, interval80?: { lower: ArrayLike<number>; upper: ArrayLike<number> }): { meanPerDay: number; sdPerDay: number } {
  const n = meanPerPeriod.length
  if (!n) return { meanPerDay: 0, sdPerDay: 0 }
  let m = 0
  for (let i = 0; i < n; i++) m += meanPerPeriod[i]
  m /= n
  let sdPeriod: number
  if (interval80) {
    let w = 0
    for (let i = 0; i < n; i++) w += interval80.upper[i] - interval80.lower[i]
    sdPeriod = w / n / (2 * normalQuantile(0.9))
  } else sdPeriod = Math.sqrt(m) // Poisson-like when nothing better is known
  return { meanPerDay: m / periodDays, sdPerDay: sdPeriod / Math.sqrt(periodDays) }
}
