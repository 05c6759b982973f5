import { z } from "@medusajs/framework/zod"
import { DAY_MS, type Audience, type PlanningCheck, type PromotionPlan } from "./check-types"

export type OverlapArgs = Record<string, never>

function sharedProducts(a: PromotionPlan, b: PromotionPlan): number | "all" {
  if (a.productIds === "all" && b.productIds === "all") return "all"
  if (a.productIds === "all") return (b.productIds as string[]).length
  if (b.productIds === "all") return a.productIds.length
  const s = new Set(a.productIds)
  return b.productIds.filter((p) => s.has(p)).length
}

function sharedAudience(a: Audience, b: Audience): boolean {
  if (a === "everyone" || b === "everyone") return true
  const s = new Set(a.customerGroupIds)
  return b.customerGroupIds.some((g) => s.has(g))
}

/**
 * Other promotions running at the same time on the same products or for the same audience. Same products and
 * the same audience: fail (customers can stack both, and neither can be measured alone). Only one of the two:
 * warn (they compete for the same sales or the same customers, and confound each other's measurement).
 */
export const promotionOverlapCheck: PlanningCheck<OverlapArgs> = {
  code: "promotion_overlap",
  title: "Overlap with other promotions",
  description: "Fails when another promotion runs at the same time on the same products for the same audience; warns when it shares only the products or only the audience.",
  argsSchema: z.object({}).strict() as unknown as z.ZodType<OverlapArgs>,
  evaluate(ctx) {
    const c = ctx.candidate
    const both: string[] = []
    const productsOnly: string[] = []
    const audienceOnly: string[] = []
    let overlapDays = 0
    let sharedProductCount = 0
    for (const o of ctx.otherPromotions ?? []) {
      if (o.code === c.code) continue
      const days = (Math.min(o.endsAt, c.endsAt) - Math.max(o.startsAt, c.startsAt)) / DAY_MS
      if (!(days > 0)) continue
      const products = sharedProducts(c, o)
      const audience = sharedAudience(c.audience, o.audience)
      const hasProducts = products === "all" || products > 0
      if (hasProducts && audience) both.push(o.code)
      else if (hasProducts) productsOnly.push(o.code)
      else if (audience) audienceOnly.push(o.code)
      else continue
      overlapDays = Math.max(overlapDays, days)
      if (hasProducts) sharedProductCount = Math.max(sharedProductCount, products === "all" ? Infinity : products)
    }
    const figures = {
      same_products_and_audience: both,
      same_products_only: productsOnly,
      same_audience_only: audienceOnly,
      max_overlap_days: +overlapDays.toFixed(2),
      max_shared_products: sharedProductCount === Infinity ? "all" : sharedProductCount,
    }
    if (both.length) return { code: this.code, status: "fail", message: `runs at the same time as ${both.join(", ")} on the same products for the same customers`, figures }
    if (productsOnly.length || audienceOnly.length) {
      const parts = [
        productsOnly.length ? `shares products with ${productsOnly.join(", ")}` : "",
        audienceOnly.length ? `shares its audience with ${audienceOnly.join(", ")}` : "",
      ].filter(Boolean)
      return { code: this.code, status: "warn", message: `overlaps in time and ${parts.join(" and ")}`, figures }
    }
    return { code: this.code, status: "pass", message: "no other promotion overlaps it", figures }
  },
}
