import { costPlusStrategy } from "./cost-plus"
import { competitiveStrategy } from "./competitive"
import { demandBasedStrategy } from "./demand-based"
import type { PricingStrategy } from "./types"
import { valueBasedStrategy } from "./value-based"

/** Every pricing strategy by its stable code. */
export const STRATEGIES: Readonly<Record<string, PricingStrategy<any>>> = Object.freeze({
  [costPlusStrategy.code]: costPlusStrategy,
  [valueBasedStrategy.code]: valueBasedStrategy,
  [competitiveStrategy.code]: competitiveStrategy,
  [demandBasedStrategy.code]: demandBasedStrategy,
})

export type StrategyCode = "cost_plus" | "value_based" | "competitive" | "demand_based"

export function getStrategy(code: string): PricingStrategy<any> | undefined {
  return Object.prototype.hasOwnProperty.call(STRATEGIES, code) ? STRATEGIES[code] : undefined
}

/**
 * Validates a strategy's arguments (as an admin form or a stored assignment holds them) and fills defaults.
 * Returns the zod issues with their paths so an API can answer 400 naming the field.
 */
export function parseStrategyArgs(
  code: string,
  args: unknown
): { ok: true; args: unknown } | { ok: false; issues: { path: string; message: string }[] } {
  const s = getStrategy(code)
  if (!s) return { ok: false, issues: [{ path: "strategy", message: `unknown strategy ${JSON.stringify(code)}` }] }
  const r = s.argsSchema.safeParse(args ?? {})
  if (r.success) return { ok: true, args: r.data }
  return { ok: false, issues: r.error.issues.map((i) => ({ path: ["args", ...i.path.map(String)].join("."), message: i.message })) }
}
