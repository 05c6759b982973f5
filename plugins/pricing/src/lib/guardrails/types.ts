import type { z } from "@medusajs/framework/zod"

/**
 * A broken guardrail: the rule, a sentence with the numbers, and the numbers themselves (`limit` is what the rule
 * allows, `proposed` what the proposal asked for, both in `unit`).
 */
export type Violation = {
  code: string
  message: string
  limit: number | null
  proposed: number | null
  unit: "minor" | "days" | "pct" | null
}

/** A change the pipeline made to the strategy's price on the way (a step clamp, an ending). */
export type Adjustment = { code: string; message: string; from: number; to: number }

/** The facts a guardrail judges one proposal by. Prices and costs in minor units; times epoch ms. */
export type GuardrailInput = {
  now: number
  currency: string
  productId: string
  oldPrice: number
  newPrice: number
  cost: number | null
  /** when this variant's price last changed (epoch ms), null when never */
  lastChangedAt: number | null
  /** minimum advertised price, null when none */
  map: number | null
  /** the floor and ceiling in force (computeFloor / computeCeiling), null when none */
  floor: number | null
  ceiling: number | null
}

export type Guardrail<A = unknown> = {
  /** stable; never renamed */
  code: string
  description: string
  argsSchema: z.ZodType<A>
  evaluate(input: GuardrailInput, args: A): Violation | null
}
