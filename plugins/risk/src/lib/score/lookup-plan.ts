import { windowLabel } from "../signals/format"
import type { RiskKeys, VelocityDimension } from "../signals/types"
import type { CompiledRiskConfig } from "./risk-config"

/** One counter read the glue must answer: orders under `key` placed in the `hours` before the order. */
export type VelocityLookup = { dimension: VelocityDimension; key: string; hours: number; label: string }

/**
 * The velocity counts scoring needs for this order under this configuration: one per identifier present and
 * window configured (typically 6–8 reads, each an index range count). Answer them into `RiskLookups.velocity`.
 */
export function velocityLookupPlan(config: CompiledRiskConfig, keys: RiskKeys): VelocityLookup[] {
  const out: VelocityLookup[] = []
  const seen = new Set<string>()
  for (const rule of config.rules) {
    const m = /^velocity_(email|ip|card|address|device)$/.exec(rule.signal.code)
    if (!m) continue
    const dimension = m[1] as VelocityDimension
    const key = keys[dimension]
    if (!key) continue
    for (const w of (rule.args as { windows: Array<{ hours: number }> }).windows) {
      const label = windowLabel(w.hours)
      const id = `${dimension}|${label}`
      if (seen.has(id)) continue
      seen.add(id)
      out.push({ dimension, key, hours: w.hours, label })
    }
  }
  return out
}

/** The longest velocity window per dimension (how long the glue must keep counter rows). */
export function velocityRetentionHours(config: CompiledRiskConfig): Partial<Record<VelocityDimension, number>> {
  const out: Partial<Record<VelocityDimension, number>> = {}
  for (const rule of config.rules) {
    const m = /^velocity_(email|ip|card|address|device)$/.exec(rule.signal.code)
    if (!m) continue
    const dim = m[1] as VelocityDimension
    for (const w of (rule.args as { windows: Array<{ hours: number }> }).windows) out[dim] = Math.max(out[dim] ?? 0, w.hours)
  }
  return out
}
