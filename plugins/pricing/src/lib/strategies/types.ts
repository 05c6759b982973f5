import type { z } from "@medusajs/framework/zod"

/** One competitor's latest observed price for the variant, in the variant's currency (minor units). */
export type CompetitorQuote = {
  competitorId: string
  price: number
  inStock: boolean
  /** epoch ms */
  observedAt: number
}

/** Evidence behind an elasticity estimate (see elasticity/evidence.ts for the definition). */
export type Evidence = "good" | "weak" | "insufficient"

export type ElasticityInfo = {
  /** d ln(units) / d ln(price) */
  elasticity: number
  ciLow: number
  ciHigh: number
  evidence: Evidence
  /** "product" when estimated on the product's own weeks, "pooled" when borrowed from its category */
  source: "product" | "pooled"
}

/** What a triggered response rule asks the competitive strategy to do (competitors/response-rules.ts). */
export type ResponseDirective = {
  ruleId: string
  competitorId: string
  /** the competitor's price that triggered the rule */
  competitorPrice: number
  /** the price the rule asks for, before the floor */
  targetPrice: number
  /** move no further down than the guardrail floor instead of being blocked by it */
  stopAtFloor: boolean
  reason: string
}

/** Everything a strategy sees about one variant in one currency. Prices and costs are minor units. */
export type StrategyContext = {
  /** epoch ms */
  now: number
  currency: string
  /** decimals of the currency's minor unit */
  exponent: number
  /** the current price */
  price: number
  /** unit cost (core's variant cost), null when unknown */
  cost: number | null
  /** the guardrail floor when known; strategies that "stop at the floor" move to it instead of past it */
  floor: number | null
  competitors: readonly CompetitorQuote[]
  /** ascending reference prices of the variant's category in this currency (value-based) */
  categoryPrices: ArrayLike<number> | null
  elasticity: ElasticityInfo | null
  response: ResponseDirective | null
}

/** A strategy either proposes a price (unrounded; the engine rounds once) or declines with a reason. */
export type StrategyOutcome = { kind: "price"; price: number; reason: string } | { kind: "skip"; reason: string }

export type PricingStrategy<A = unknown> = {
  /** stable; never renamed (stored on assignments and proposals) */
  code: string
  description: string
  argsSchema: z.ZodType<A>
  evaluate(ctx: StrategyContext, args: A): StrategyOutcome
}

export const DAY_MS = 86_400_000

/** In-stock quotes observed within `maxAgeDays` of now: the only ones a strategy may follow. */
export function freshQuotes(quotes: readonly CompetitorQuote[], now: number, maxAgeDays: number): CompetitorQuote[] {
  const oldest = now - maxAgeDays * DAY_MS
  const out: CompetitorQuote[] = []
  for (const q of quotes) if (q.inStock && q.observedAt >= oldest && q.observedAt <= now && q.price > 0) out.push(q)
  return out
}
