import type { SignalContext, SignalResult } from "../signals/types"
import { VELOCITY_DIMENSIONS } from "../signals/types"
import type { CompiledRiskConfig } from "../score/risk-config"
import { currencyExponent, windowLabel } from "../signals/format"

const DAY = 86_400_000
// list hits decide on their own and are too rare to learn a weight for
const NOT_FEATURES = new Set(["list_allow", "list_block"])

/**
 * The model's feature names for a configuration: one hit flag per enabled signal, log order value (major units),
 * guest flag, log account age in days, log earlier orders, log velocity count per configured window, log size and
 * new-account count of the linked group. A trained model stores its names and is scored by them, so changing the
 * rules later does not misalign a model.
 */
export function riskFeatureNames(config: CompiledRiskConfig): string[] {
  const names: string[] = []
  for (const r of config.rules) if (!NOT_FEATURES.has(r.signal.code)) names.push(`hit:${r.signal.code}`)
  names.push("log_amount", "guest", "log_account_age_days", "log_prior_orders")
  for (const r of config.rules) {
    const m = /^velocity_(.+)$/.exec(r.signal.code)
    if (!m) continue
    for (const w of (r.args as { windows: Array<{ hours: number }> }).windows) names.push(`log_velocity:${m[1]}:${windowLabel(w.hours)}`)
  }
  names.push("log_linked_accounts", "log_linked_new_accounts")
  return names
}

/** Feature values by name; an unknown name (a signal removed since training) gives 0. */
export function riskFeatureValues(
  names: readonly string[],
  ctx: SignalContext,
  results: ReadonlyMap<string, SignalResult>,
  out: Float64Array = new Float64Array(names.length),
): Float64Array {
  const { facts, lookups } = ctx
  for (let j = 0; j < names.length; j++) {
    const name = names[j]
    let v = 0
    if (name.startsWith("hit:")) v = results.get(name.slice(4))?.hit ? 1 : 0
    else if (name === "log_amount") v = Math.log1p(Math.max(0, facts.amount) / 10 ** currencyExponent(facts.currency))
    else if (name === "guest") v = facts.customerId ? 0 : 1
    else if (name === "log_account_age_days") v = facts.accountCreatedAt === null ? 0 : Math.log1p(Math.max(0, facts.placedAt - facts.accountCreatedAt) / DAY)
    else if (name === "log_prior_orders") v = Math.log1p(lookups.priorOrders)
    else if (name.startsWith("log_velocity:")) {
      const [, dim, label] = name.split(":")
      if ((VELOCITY_DIMENSIONS as readonly string[]).includes(dim)) {
        const counts = lookups.velocity[dim as keyof typeof lookups.velocity]
        v = Math.log1p(counts?.[label] ?? 0)
      }
    } else if (name === "log_linked_accounts") v = Math.log1p(Math.max(0, (lookups.linked?.accounts ?? 1) - 1))
    else if (name === "log_linked_new_accounts") v = Math.log1p(Math.max(0, (lookups.linked?.newAccounts ?? 1) - 1))
    out[j] = v
  }
  return out
}
