import { z } from "@medusajs/framework/zod"
import { median } from "../math/stats"
import { formatMinor } from "../money/rounding"
import { freshQuotes, type PricingStrategy } from "./types"

export const competitiveArgs = z
  .object({
    /** which competitor price to follow: the median of fresh in-stock quotes or the lowest one */
    anchor: z.enum(["median", "min"]).default("median"),
    /** match the anchor, beat it by beatPct, or stay within [anchor × (1 + bandLowPct), anchor × (1 + bandHighPct)] */
    mode: z.enum(["match", "beat", "band"]).default("match"),
    beatPct: z.number().min(0).max(50).default(0),
    bandLowPct: z.number().min(-50).max(0).default(-2),
    bandHighPct: z.number().min(0).max(50).default(2),
    /** a quote older than this is ignored */
    maxAgeDays: z.number().positive().default(7),
    minCompetitors: z.number().int().min(1).default(1),
    /**
     * false (default): a target under the floor is proposed as it is and the floor guardrail blocks it, so the
     * team sees what following the competitor would take; true: move down to the floor and no further.
     */
    stopAtFloor: z.boolean().default(false),
  })
  .strict()
  .refine((a) => a.mode !== "beat" || a.beatPct > 0, { message: "beatPct must be above 0 to beat", path: ["beatPct"] })
export type CompetitiveArgs = z.infer<typeof competitiveArgs>

export const competitiveStrategy: PricingStrategy<CompetitiveArgs> = {
  code: "competitive",
  description: "Match, beat or stay within a band of the competitors' median or lowest price",
  argsSchema: competitiveArgs,
  evaluate(ctx, args) {
    const fmt = (p: number) => formatMinor(Math.round(p), ctx.currency)
    let target: number
    let reason: string
    let stopAtFloor = args.stopAtFloor
    if (ctx.response) {
      // a triggered response rule takes precedence: it names the competitor and the action
      target = ctx.response.targetPrice
      reason = ctx.response.reason
      stopAtFloor = stopAtFloor || ctx.response.stopAtFloor
    } else {
      const fresh = freshQuotes(ctx.competitors, ctx.now, args.maxAgeDays)
      if (fresh.length < args.minCompetitors) {
        return {
          kind: "skip",
          reason: `${fresh.length} fresh in-stock competitor price(s) in the last ${args.maxAgeDays} days, ${args.minCompetitors} needed`,
        }
      }
      const prices = fresh.map((q) => q.price)
      const anchor = args.anchor === "min" ? Math.min(...prices) : median(prices)
      const what = `${args.anchor === "min" ? "lowest" : "median"} competitor price ${fmt(anchor)} (${fresh.length} in stock)`
      if (args.mode === "match") {
        target = anchor
        reason = `match the ${what}`
      } else if (args.mode === "beat") {
        target = anchor * (1 - args.beatPct / 100)
        reason = `beat the ${what} by ${args.beatPct} %`
      } else {
        const lo = anchor * (1 + args.bandLowPct / 100)
        const hi = anchor * (1 + args.bandHighPct / 100)
        const band = `band ${fmt(lo)}–${fmt(hi)} around the ${what}`
        if (ctx.price < lo) [target, reason] = [lo, `below the ${band}: raised to its low edge`]
        else if (ctx.price > hi) [target, reason] = [hi, `above the ${band}: lowered to its high edge`]
        else [target, reason] = [ctx.price, `within the ${band}`]
      }
    }
    if (stopAtFloor && ctx.floor !== null && target < ctx.floor) {
      return { kind: "price", price: ctx.floor, reason: `${reason}; stopped at the floor ${fmt(ctx.floor)}` }
    }
    return { kind: "price", price: target, reason }
  },
}
