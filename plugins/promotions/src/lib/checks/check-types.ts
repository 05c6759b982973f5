import { DAY_MS } from "../math/time"
export { DAY_MS }
import type { z } from "@medusajs/framework/zod"
import type { Budget } from "../evaluation/budget-burn"

export type CheckStatus = "pass" | "warn" | "fail"

/** One check's verdict with the numbers behind it (named, so the admin can show them). */
export type CheckResult = {
  code: string
  status: CheckStatus
  message: string
  figures: Record<string, number | string | boolean | null | string[]>
}

/** Who a promotion reaches: everyone, or the members of customer groups. */
export type Audience = "everyone" | { customerGroupIds: string[] }

export type PromotionPlan = {
  code: string
  /** epoch ms, [startsAt, endsAt) */
  startsAt: number
  endsAt: number
  /** products the discount applies to; "all" for an order-wide discount */
  productIds: string[] | "all"
  audience: Audience
  /** percentage: value in (0, 100]; fixed: minor units off each unit */
  discount: { type: "percentage" | "fixed"; value: number }
  budget?: Budget
}

export type PlanningContext = {
  candidate: PromotionPlan
  /** expected relative rise of the promoted products' sales while it runs (0.3 = +30 %) */
  expectedUplift?: number
  /** other promotions, scheduled or running */
  otherPromotions?: PromotionPlan[]
  /** price and unit cost (core's costs) of the promoted products, minor units; cost null when unknown */
  products?: { productId: string; price: number; unitCost: number | null }[]
  /** available stock at each location */
  stock?: { productId: string; locationId: string; available: number }[]
  /** baseline (no-promotion) sales per day, per product and location (location omitted: all locations) */
  demand?: { productId: string; locationId?: string; unitsPerDay: number }[]
  /** the audience's baseline orders per day that the promotion would apply to, and their average size */
  orderForecast?: { ordersPerDay: number; averageSubtotal: number; averageUnits?: number }
  /** daily GMV history, minor units, "YYYY-MM-DD" days (UTC) */
  dailyGmv?: { day: string; gmv: number }[]
  now: number
}

/** A planning check: a rule object with a stable code (never renamed), validated arguments and a pure evaluate. */
export type PlanningCheck<A = any> = {
  code: string
  title: string
  description: string
  argsSchema: z.ZodType<A>
  evaluate(ctx: PlanningContext, args: A): CheckResult
}



export function planDays(p: { startsAt: number; endsAt: number }): number {
  return Math.max(0, (p.endsAt - p.startsAt) / DAY_MS)
}

/** Discount per unit at a price (a fixed amount cannot exceed the price). */
export function unitDiscount(plan: PromotionPlan, price: number): number {
  return plan.discount.type === "percentage" ? (price * plan.discount.value) / 100 : Math.min(price, plan.discount.value)
}
