import { z } from "@medusajs/framework/zod"
import { PASS, QualityRule } from "../rule-types"

type Args = Record<string, never>

/** Every variant has a price in every region (a region-specific price, or one in the region's currency). */
export const pricesAllRegionsRule: QualityRule<Args> = {
  code: "prices_all_regions",
  label: "Prices in every region",
  argsSchema: z.object({}).strict() as unknown as z.ZodType<Args>,
  defaults: {},
  weight: 4,
  evaluate(p, _args, ctx) {
    const variants = p.variants ?? []
    if (!variants.length || !ctx.regions.length) return PASS
    const missing = new Map<string, number>()
    let gaps = 0
    for (const v of variants) {
      for (const r of ctx.regions) {
        const ok = (v.prices ?? []).some((pr) => pr.amount >= 0 && (pr.region_id === r.id || (!pr.region_id && pr.currency_code.toLowerCase() === r.currency_code.toLowerCase())))
        if (!ok) {
          gaps++
          missing.set(r.id, (missing.get(r.id) ?? 0) + 1)
        }
      }
    }
    if (!gaps) return PASS
    const where = [...missing].map(([id, n]) => `${ctx.regions.find((r) => r.id === id)?.currency_code.toUpperCase()} (${id}): ${n} variant${n === 1 ? "" : "s"}`)
    return { score: 1 - gaps / (variants.length * ctx.regions.length), message: `no price in ${where.join(", ")}`, fix: `add prices for ${[...missing.keys()].join(", ")}` }
  },
}
