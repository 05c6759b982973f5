import { z } from "@medusajs/framework/zod"
import { DAY_MS, planDays, type PlanningCheck } from "./check-types"

export type BudgetForecastArgs = {
  /** warn when the forecast uses more than this share of the budget (default 0.8) */
  warnShare?: number
  /** warn when the promotion has no budget cap (default true) */
  warnWithoutBudget?: boolean
}

/**
 * Budget burn forecast: expected promotion orders = baseline orders per day × (1 + uplift) × days; discount per
 * order from the average order (a percentage of the average subtotal, or the fixed amount × average units).
 * Fails when the forecast exceeds the budget (naming the day it would run out), warns past `warnShare`.
 */
export const budgetForecastCheck: PlanningCheck<BudgetForecastArgs> = {
  code: "budget_burn",
  title: "Budget burn forecast",
  description: "Forecasts the discount cost (or uses) from the audience's order rate and the expected uplift, and compares it with the budget.",
  argsSchema: z
    .object({ warnShare: z.number().min(0).max(1).optional(), warnWithoutBudget: z.boolean().optional() })
    .strict() as z.ZodType<BudgetForecastArgs>,
  evaluate(ctx, args) {
    const c = ctx.candidate
    const f = ctx.orderForecast
    const days = planDays(c)
    if (!f) return { code: this.code, status: "warn", message: "no order forecast: budget burn not checked", figures: { days } }
    const uplift = ctx.expectedUplift ?? 0
    const orders = f.ordersPerDay * (1 + uplift) * days
    const perOrder =
      c.discount.type === "percentage" ? (f.averageSubtotal * c.discount.value) / 100 : Math.min(f.averageSubtotal, c.discount.value * (f.averageUnits ?? 1))
    const cost = orders * perOrder
    const budget = c.budget
    const figures: Record<string, number | string | null> = {
      days: +days.toFixed(2),
      forecast_orders: Math.round(orders),
      discount_per_order: Math.round(perOrder),
      forecast_discount_cost: Math.round(cost),
      budget_type: budget?.type ?? null,
      budget_limit: budget?.limit ?? null,
    }
    if (!budget) {
      const warn = args.warnWithoutBudget ?? true
      return { code: this.code, status: warn ? "warn" : "pass", message: `no budget cap; forecast discount cost ${Math.round(cost)}`, figures }
    }
    const use = budget.type === "spend" ? cost : orders
    const share = use / budget.limit
    figures.forecast_share = +share.toFixed(4)
    const perDay = days > 0 ? use / days : 0
    const runsOutAt = perDay > 0 && use > budget.limit ? c.startsAt + (budget.limit / perDay) * DAY_MS : null
    figures.runs_out_on = runsOutAt === null ? null : new Date(runsOutAt).toISOString().slice(0, 10)
    figures.days_covered = perDay > 0 ? +Math.min(days, budget.limit / perDay).toFixed(2) : +days.toFixed(2)
    if (share > 1) {
      return { code: this.code, status: "fail", message: `the budget runs out on ${figures.runs_out_on}, ${figures.days_covered} of ${figures.days} days in (forecast ${Math.round(share * 100)} % of it)`, figures }
    }
    if (share > (args.warnShare ?? 0.8)) return { code: this.code, status: "warn", message: `forecast uses ${Math.round(share * 100)} % of the budget`, figures }
    return { code: this.code, status: "pass", message: `forecast uses ${Math.round(share * 100)} % of the budget`, figures }
  },
}
