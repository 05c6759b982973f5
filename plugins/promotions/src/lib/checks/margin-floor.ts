import { z } from "@medusajs/framework/zod"
import { unitDiscount, type PlanningCheck } from "./check-types"

export type MarginFloorArgs = {
  /** lowest acceptable gross margin after the discount, as a share of the discounted price (default 0.15) */
  floor?: number
  /** warn when a product is less than this many points above the floor (default 0.05) */
  warnBand?: number
}

/**
 * Gross margin of each promoted product after the discount: (price − discount − unit cost) / (price − discount).
 * Fails when any product falls below the floor, warns when one is close to it or when costs are unknown.
 */
export const marginFloorCheck: PlanningCheck<MarginFloorArgs> = {
  code: "margin_floor",
  title: "Margin after discount",
  description: "Fails when a promoted product's gross margin after the discount falls below the floor (from the unit costs); warns near the floor or when costs are missing.",
  argsSchema: z
    .object({ floor: z.number().min(-1).max(1).optional(), warnBand: z.number().min(0).max(1).optional() })
    .strict() as z.ZodType<MarginFloorArgs>,
  evaluate(ctx, args) {
    const floor = args.floor ?? 0.15
    const band = args.warnBand ?? 0.05
    const c = ctx.candidate
    const scope = c.productIds === "all" ? null : new Set(c.productIds)
    const products = (ctx.products ?? []).filter((p) => !scope || scope.has(p.productId))
    let worst: { productId: string; margin: number; price: number; discount: number; cost: number } | null = null
    let below = 0
    let near = 0
    let unknown = 0
    for (const p of products) {
      if (p.unitCost === null || p.unitCost === undefined) {
        unknown++
        continue
      }
      const d = unitDiscount(c, p.price)
      const net = p.price - d
      const margin = net > 0 ? (net - p.unitCost) / net : -Infinity
      if (margin < floor) below++
      else if (margin < floor + band) near++
      if (!worst || margin < worst.margin) worst = { productId: p.productId, margin, price: p.price, discount: d, cost: p.unitCost }
    }
    const figures = {
      floor,
      products_checked: products.length - unknown,
      products_below_floor: below,
      products_near_floor: near,
      products_without_cost: unknown,
      worst_product: worst?.productId ?? null,
      worst_margin: worst ? (Number.isFinite(worst.margin) ? +worst.margin.toFixed(4) : null) : null,
      worst_price: worst?.price ?? null,
      worst_discount: worst ? Math.round(worst.discount) : null,
      worst_unit_cost: worst?.cost ?? null,
    }
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`
    if (below > 0 && worst) {
      const m = Number.isFinite(worst.margin) ? pct(worst.margin) : "no price left"
      return { code: this.code, status: "fail", message: `${below} product(s) below the ${pct(floor)} margin floor after the discount; worst ${worst.productId} at ${m}`, figures }
    }
    if (products.length === 0) return { code: this.code, status: "warn", message: "no promoted product has a price to check", figures }
    if (near > 0 || unknown > 0) {
      const parts = [near ? `${near} product(s) within ${pct(band)} of the floor` : "", unknown ? `${unknown} product(s) without a unit cost` : ""].filter(Boolean)
      return { code: this.code, status: "warn", message: parts.join("; "), figures }
    }
    return { code: this.code, status: "pass", message: `every product keeps at least ${pct(worst ? worst.margin : floor)} margin`, figures }
  },
}
