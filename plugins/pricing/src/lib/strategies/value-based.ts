import { z } from "@medusajs/framework/zod"
import { quantileSorted } from "../math/stats"
import { formatMinor } from "../money/rounding"
import { freshQuotes, type PricingStrategy } from "./types"

/**
 * Positioning bands as quantiles of the reference prices: premium sits in the top fifth of its references,
 * mid around the median, value in the bottom fifth. The band is a range, not a point, so a product already
 * positioned is left alone; one outside moves to the nearest edge (the smallest change that positions it).
 */
export const TIER_BANDS = {
  premium: [0.75, 0.95],
  mid: [0.4, 0.6],
  value: [0.05, 0.25],
} as const

export const valueBasedArgs = z
  .object({
    tier: z.enum(["premium", "mid", "value"]),
    /** "category": current prices of the category in this currency; "competitors": fresh in-stock competitor prices */
    source: z.enum(["category", "competitors"]).default("category"),
    /** override of the tier's band, as quantiles [low, high] */
    band: z
      .tuple([z.number().min(0).max(1), z.number().min(0).max(1)])
      .refine(([lo, hi]) => lo <= hi, "band low must not exceed band high")
      .optional(),
    minReferences: z.number().int().min(1).default(5),
    maxAgeDays: z.number().positive().default(7),
  })
  .strict()
export type ValueBasedArgs = z.infer<typeof valueBasedArgs>

export const valueBasedStrategy: PricingStrategy<ValueBasedArgs> = {
  code: "value_based",
  description: "Position the price in a tier band (premium / mid / value) of the category's or competitors' prices",
  argsSchema: valueBasedArgs,
  evaluate(ctx, args) {
    let refs: ArrayLike<number>
    if (args.source === "category") {
      if (!ctx.categoryPrices) return { kind: "skip", reason: "the variant has no category to compare with" }
      refs = ctx.categoryPrices
    } else {
      refs = freshQuotes(ctx.competitors, ctx.now, args.maxAgeDays)
        .map((q) => q.price)
        .sort((a, b) => a - b)
    }
    if (refs.length < args.minReferences) {
      return { kind: "skip", reason: `${refs.length} reference price(s) in the ${args.source}, ${args.minReferences} needed` }
    }
    const [qlo, qhi] = args.band ?? TIER_BANDS[args.tier]
    const lo = quantileSorted(refs, qlo)
    const hi = quantileSorted(refs, qhi)
    const band = `${args.tier} band ${formatMinor(Math.round(lo), ctx.currency)}–${formatMinor(Math.round(hi), ctx.currency)} (p${Math.round(qlo * 100)}–p${Math.round(qhi * 100)} of ${refs.length} ${args.source} prices)`
    if (ctx.price < lo) return { kind: "price", price: lo, reason: `below the ${band}: raised to its low edge` }
    if (ctx.price > hi) return { kind: "price", price: hi, reason: `above the ${band}: lowered to its high edge` }
    return { kind: "price", price: ctx.price, reason: `within the ${band}` }
  },
}
