import { z } from "@medusajs/framework/zod"
import { formatMinor } from "../money/rounding"
import type { PricingStrategy } from "./types"

export const demandBasedArgs = z
  .object({
    /** the search range around the current price, in percent down and up */
    searchDownPct: z.number().min(0).max(90).default(15),
    searchUpPct: z.number().min(0).max(200).default(15),
  })
  .strict()
export type DemandBasedArgs = z.infer<typeof demandBasedArgs>

/**
 * The price in [lo, hi] that maximises expected gross margin (p − c) · q(p) under constant-elasticity demand
 * q(p) = q0 (p / p0)^ε. d/dp [(p − c) p^ε] = p^(ε−1) ((1 + ε) p − ε c), so for ε < −1 the margin rises up to
 * p* = c ε / (1 + ε) (the Lerner rule, (p − c) / p = −1 / ε) and falls after it: clamping p* into the range is the
 * exact constrained optimum. For −1 ≤ ε < 0 the margin rises with the price everywhere, so the optimum is hi.
 */
export function marginMaximisingPrice(cost: number, elasticity: number, lo: number, hi: number): number {
  if (elasticity < -1) {
    const unconstrained = (cost * elasticity) / (1 + elasticity)
    return Math.min(hi, Math.max(lo, unconstrained))
  }
  return hi
}

export const demandBasedStrategy: PricingStrategy<DemandBasedArgs> = {
  code: "demand_based",
  description: "The price that maximises expected gross margin from the product's elasticity, within a search range",
  argsSchema: demandBasedArgs,
  evaluate(ctx, args) {
    const e = ctx.elasticity
    // refusing is the point: a margin optimum on a noisy slope is a guess with a price tag
    if (!e) return { kind: "skip", reason: "no elasticity estimate for this product" }
    if (!Number.isFinite(e.elasticity)) return { kind: "skip", reason: `no usable elasticity estimate (evidence ${e.evidence}), not acting` }
    const est = `elasticity ${e.elasticity.toFixed(2)} [${e.ciLow.toFixed(2)}, ${e.ciHigh.toFixed(2)}] (${e.source})`
    if (e.evidence !== "good") return { kind: "skip", reason: `${est}: evidence is ${e.evidence}, not acting` }
    if (!(e.elasticity < 0)) return { kind: "skip", reason: `${est}: not negative, not acting` }
    if (ctx.cost === null || ctx.cost <= 0) return { kind: "skip", reason: "no unit cost for this variant and currency" }
    const lo = ctx.price * (1 - args.searchDownPct / 100)
    const hi = ctx.price * (1 + args.searchUpPct / 100)
    const p = marginMaximisingPrice(ctx.cost, e.elasticity, lo, hi)
    const fmt = (x: number) => formatMinor(Math.round(x), ctx.currency)
    const bound = p === hi ? " (at the top of the search range)" : p === lo ? " (at the bottom of the search range)" : ""
    return {
      kind: "price",
      price: p,
      reason: `${est}: margin-maximising price ${fmt(p)} on cost ${fmt(ctx.cost)}${bound}`,
    }
  },
}
