import { z } from "@medusajs/framework/zod"
import { formatMinor, roundDownBound, roundUpBound } from "../money/rounding"
import { DAY_MS } from "../strategies/types"
import type { Guardrail, GuardrailInput } from "./types"

/**
 * Clamp or block: a step limit clamps (the direction is right, the move is cut to the limit and recorded as an
 * adjustment; it blocks only when a later step, e.g. reaching a price ending or the floor, still breaks it). Every
 * other guardrail blocks: the proposal keeps the strategy's price and its violations, and never reaches the price
 * list until the cause is fixed. A floor that silently lifted prices would hide a cost or competitor problem.
 */

export const killSwitchArgs = z.object({ enabled: z.boolean().default(true), reason: z.string().max(500).optional() }).strict()
export const killSwitchGuardrail: Guardrail<z.infer<typeof killSwitchArgs>> = {
  code: "kill_switch",
  description: "Store-wide stop: no price changes at all while enabled",
  argsSchema: killSwitchArgs,
  evaluate(_i, a) {
    if (!a.enabled) return null
    return { code: "kill_switch", message: `repricing is switched off store-wide${a.reason ? `: ${a.reason}` : ""}`, limit: null, proposed: null, unit: null }
  },
}

export const excludedProductArgs = z.object({ productIds: z.array(z.string().min(1)).max(100_000) }).strict()
type ExcludedArgs = z.infer<typeof excludedProductArgs> & { _set?: Set<string> }
export const excludedProductGuardrail: Guardrail<ExcludedArgs> = {
  code: "excluded_product",
  description: "Products that are never repriced",
  argsSchema: excludedProductArgs,
  evaluate(i, a) {
    // a Set built once per parsed config, not per variant
    const set = a._set ?? (a._set = new Set(a.productIds))
    if (!set.has(i.productId)) return null
    return { code: "excluded_product", message: `product ${i.productId} is excluded from repricing`, limit: null, proposed: null, unit: null }
  },
}

export const cooldownArgs = z.object({ days: z.number().positive().max(365) }).strict()
export const cooldownGuardrail: Guardrail<z.infer<typeof cooldownArgs>> = {
  code: "cooldown",
  description: "Minimum days between two price changes of a variant",
  argsSchema: cooldownArgs,
  evaluate(i, a) {
    if (i.lastChangedAt === null) return null
    const since = (i.now - i.lastChangedAt) / DAY_MS
    if (since >= a.days) return null
    const shown = Math.floor(since * 10) / 10
    return {
      code: "cooldown",
      message: `last changed ${shown} day(s) ago, the cool-down is ${a.days} day(s)`,
      limit: a.days,
      proposed: shown,
      unit: "days",
    }
  },
}

export const maxStepArgs = z.object({ pct: z.number().positive().max(500) }).strict()
export type MaxStepArgs = z.infer<typeof maxStepArgs>
/** The lowest and highest price one change may reach from `old`, rounded inwards. */
export function stepBounds(old: number, args: MaxStepArgs): { low: number; high: number } {
  return { low: roundUpBound(old * (1 - args.pct / 100)), high: roundDownBound(old * (1 + args.pct / 100)) }
}
export const maxStepGuardrail: Guardrail<MaxStepArgs> = {
  code: "max_step",
  description: "Largest change of one proposal, in percent of the current price (clamps; blocks only what a clamp cannot fix)",
  argsSchema: maxStepArgs,
  evaluate(i, a) {
    const { low, high } = stepBounds(i.oldPrice, a)
    if (i.newPrice >= low && i.newPrice <= high) return null
    const pct = Math.round(((i.newPrice - i.oldPrice) / i.oldPrice) * 1000) / 10
    return {
      code: "max_step",
      message: `a ${pct} % change from ${formatMinor(i.oldPrice, i.currency)} to ${formatMinor(i.newPrice, i.currency)}, the limit is ±${a.pct} %`,
      limit: a.pct,
      proposed: pct,
      unit: "pct",
    }
  },
}

/**
 * Floor. Two formulations, both on the unit cost:
 * - basis "markup": floor = cost × (1 + pct) — "at least 20 % over cost" (cost 10.00 → 12.00);
 * - basis "margin": floor = cost / (1 − pct) — "at least 20 % of the price is margin" (cost 10.00 → 12.50).
 * pct 0 means "never below cost". A variant's own minimum price (minPrice) raises the floor further.
 * requireCost: without a cost the floor is unknown, and the proposal is blocked rather than priced blind.
 */
export const floorArgs = z
  .object({
    basis: z.enum(["markup", "margin"]).default("margin"),
    pct: z.number().min(0).max(95).default(0),
    requireCost: z.boolean().default(false),
  })
  .strict()
export type FloorArgs = z.infer<typeof floorArgs>
export function computeFloor(cost: number | null, minPrice: number | null, a: FloorArgs): number | null {
  let f: number | null = null
  if (cost !== null && cost > 0) {
    const m = a.pct / 100
    f = roundUpBound(a.basis === "markup" ? cost * (1 + m) : cost / (1 - m))
  }
  if (minPrice !== null && minPrice > 0) f = f === null ? minPrice : Math.max(f, minPrice)
  return f
}
export const floorGuardrail: Guardrail<FloorArgs> = {
  code: "floor",
  description: "Lowest allowed price: cost plus a minimum markup or margin, or the variant's own minimum",
  argsSchema: floorArgs,
  evaluate(i, a) {
    if (i.cost === null && a.requireCost) {
      return { code: "floor", message: "no unit cost for this variant and currency, so the floor is unknown", limit: null, proposed: i.newPrice, unit: "minor" }
    }
    if (i.floor === null || i.newPrice >= i.floor) return null
    const how = i.cost !== null ? ` (cost ${formatMinor(i.cost, i.currency)}, minimum ${a.basis} ${a.pct} %)` : ""
    return {
      code: "floor",
      message: `${formatMinor(i.newPrice, i.currency)} is below the floor ${formatMinor(i.floor, i.currency)}${how}`,
      limit: i.floor,
      proposed: i.newPrice,
      unit: "minor",
    }
  },
}

/** Ceiling: the variant's own maximum price, and optionally cost × (1 + maxMarkupPct). */
export const ceilingArgs = z.object({ maxMarkupPct: z.number().positive().max(10_000).optional() }).strict()
export type CeilingArgs = z.infer<typeof ceilingArgs>
export function computeCeiling(cost: number | null, maxPrice: number | null, a: CeilingArgs): number | null {
  let c: number | null = maxPrice !== null && maxPrice > 0 ? maxPrice : null
  if (a.maxMarkupPct !== undefined && cost !== null && cost > 0) {
    const byCost = roundDownBound(cost * (1 + a.maxMarkupPct / 100))
    c = c === null ? byCost : Math.min(c, byCost)
  }
  return c
}
export const ceilingGuardrail: Guardrail<CeilingArgs> = {
  code: "ceiling",
  description: "Highest allowed price: the variant's own maximum, or cost plus a maximum markup",
  argsSchema: ceilingArgs,
  evaluate(i) {
    if (i.ceiling === null || i.newPrice <= i.ceiling) return null
    return {
      code: "ceiling",
      message: `${formatMinor(i.newPrice, i.currency)} is above the ceiling ${formatMinor(i.ceiling, i.currency)}`,
      limit: i.ceiling,
      proposed: i.newPrice,
      unit: "minor",
    }
  },
}

export const mapArgs = z.object({}).strict()
export const mapGuardrail: Guardrail<z.infer<typeof mapArgs>> = {
  code: "map",
  description: "Minimum advertised price agreed with the brand: never advertise below it",
  argsSchema: mapArgs,
  evaluate(i: GuardrailInput) {
    if (i.map === null || i.newPrice >= i.map) return null
    return {
      code: "map",
      message: `${formatMinor(i.newPrice, i.currency)} is below the minimum advertised price ${formatMinor(i.map, i.currency)}`,
      limit: i.map,
      proposed: i.newPrice,
      unit: "minor",
    }
  },
}
