import { z } from "@medusajs/framework/zod"
import { formatMinor } from "../money/rounding"
import type { PricingStrategy } from "./types"

export const costPlusArgs = z
  .object({
    /** the margin (at most 95 %) or markup (at most 1,000 %) to earn, in percent */
    targetPct: z.number().min(0).max(1000),
    /**
     * "margin": targetPct is the gross margin on the price, price = cost / (1 − m) (30 % → cost 7.00 sells at 10.00);
     * "markup": targetPct is added to the cost, price = cost × (1 + m) (30 % → 9.10).
     */
    basis: z.enum(["margin", "markup"]).default("margin"),
  })
  .strict()
  // a 100 % margin is a free cost; a 120 % markup is an ordinary fashion price
  .refine((a) => a.basis === "markup" || a.targetPct <= 95, { message: "a margin is at most 95 % (use basis markup above that)", path: ["targetPct"] })
export type CostPlusArgs = z.infer<typeof costPlusArgs>

export const costPlusStrategy: PricingStrategy<CostPlusArgs> = {
  code: "cost_plus",
  description: "Target margin (or markup) on the variant's unit cost",
  argsSchema: costPlusArgs,
  evaluate(ctx, args) {
    if (ctx.cost === null || ctx.cost <= 0) return { kind: "skip", reason: "no unit cost for this variant and currency" }
    const m = args.targetPct / 100
    const price = args.basis === "margin" ? ctx.cost / (1 - m) : ctx.cost * (1 + m)
    return {
      kind: "price",
      price,
      reason: `cost ${formatMinor(ctx.cost, ctx.currency)} with a ${args.targetPct} % ${args.basis}`,
    }
  },
}
