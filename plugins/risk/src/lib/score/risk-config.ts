import { compileRiskLists, type CompiledRiskLists, type RiskListsInput } from "../lists/risk-lists"
import type { RiskModel, TrainedRiskModel } from "../model/risk-model-types"
import { RISK_SIGNALS } from "../signals/registry"
import type { RiskSignal } from "../signals/types"

/** A store's setting for one signal; a signal without a setting runs with its defaults. */
export type RiskRuleSetting = { code: string; enabled?: boolean; weight?: number; args?: Record<string, unknown> }

/** score ≥ review → review; score ≥ block → block (0–100). */
export type RiskThresholds = { review: number; block: number }
/**
 * A review needs two kinds of evidence or one strong one (new accounts sharing a device or card: 60; a disposable
 * email with a high-value first order: 60); a block needs a block-list entry or strong evidence piling up.
 */
export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = { review: 55, block: 90 }
/** Share of the final score taken from the model when one is trained (the rest from the rule points). */
export const DEFAULT_MODEL_WEIGHT = 0.5

export type RiskConfigInput = {
  rules?: RiskRuleSetting[]
  thresholds?: Partial<RiskThresholds>
  lists?: RiskListsInput
  model?: RiskModel | null
  modelWeight?: number
}

export type CompiledRule = { signal: RiskSignal; args: unknown; weight: number }

/** Validated settings ready for scoring; compile once per configuration change, not per order. */
export type CompiledRiskConfig = {
  rules: CompiledRule[]
  thresholds: RiskThresholds
  lists: CompiledRiskLists
  /** Only a trained model is kept; an "insufficient_labels" status scores with the rules alone. */
  model: TrainedRiskModel | null
  modelWeight: number
}

export type RiskConfigIssue = { path: string; message: string }

export class RiskConfigError extends Error {
  constructor(readonly issues: RiskConfigIssue[]) {
    super(`invalid risk configuration: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`)
    this.name = "RiskConfigError"
  }
}

function compile(input: RiskConfigInput, registry: readonly RiskSignal[]): { config: CompiledRiskConfig; issues: RiskConfigIssue[] } {
  const issues: RiskConfigIssue[] = []
  const settings = new Map<string, RiskRuleSetting>()
  ;(input.rules ?? []).forEach((s, i) => {
    if (!registry.some((r) => r.code === s.code)) issues.push({ path: `rules.${i}.code`, message: `unknown signal ${JSON.stringify(s.code)}` })
    else if (settings.has(s.code)) issues.push({ path: `rules.${i}.code`, message: `${s.code} is set twice` })
    else settings.set(s.code, s)
    if (s.weight !== undefined && !(Number.isFinite(s.weight) && s.weight >= 0 && s.weight <= 100)) {
      issues.push({ path: `rules.${i}.weight`, message: "weight must be a number from 0 to 100" })
    }
  })
  const rules: CompiledRule[] = []
  registry.forEach((signal) => {
    const s = settings.get(signal.code)
    if (s?.enabled === false) return
    const merged = { ...(signal.defaultArgs as object), ...(s?.args ?? {}) }
    const parsed = signal.argsSchema.safeParse(merged)
    if (!parsed.success) {
      const at = (input.rules ?? []).findIndex((r) => r.code === signal.code)
      for (const issue of parsed.error.issues) {
        issues.push({ path: `rules.${at}.args${issue.path.length ? "." + issue.path.join(".") : ""}`, message: issue.message })
      }
      return
    }
    rules.push({ signal, args: parsed.data, weight: s?.weight ?? signal.weight })
  })
  const thresholds = { ...DEFAULT_RISK_THRESHOLDS, ...(input.thresholds ?? {}) }
  for (const k of ["review", "block"] as const) {
    if (!(Number.isFinite(thresholds[k]) && thresholds[k] >= 0 && thresholds[k] <= 101)) {
      issues.push({ path: `thresholds.${k}`, message: "threshold must be a number from 0 to 101 (101 = never)" })
    }
  }
  if (thresholds.review > thresholds.block) issues.push({ path: "thresholds.review", message: "the review threshold is above the block threshold" })
  const modelWeight = input.modelWeight ?? DEFAULT_MODEL_WEIGHT
  if (!(modelWeight >= 0 && modelWeight <= 1)) issues.push({ path: "modelWeight", message: "modelWeight must be from 0 to 1" })
  const lists = compileRiskLists(input.lists)
  lists.invalid.forEach((e) => issues.push({ path: `lists.${e.list}.${e.kind}`, message: `${e.value}: ${e.reason}` }))
  const model: TrainedRiskModel | null = input.model && input.model.status === "trained" ? input.model : null
  return { config: { rules, thresholds, lists, model, modelWeight }, issues }
}

/** Every problem in a configuration, with a field path for a 400 answer; empty when it is valid. */
export function validateRiskConfig(input: RiskConfigInput, registry: readonly RiskSignal[] = RISK_SIGNALS): RiskConfigIssue[] {
  return compile(input, registry).issues
}

/** Validates and compiles; throws `RiskConfigError` (with the issues) when anything is wrong. */
export function compileRiskConfig(input: RiskConfigInput = {}, registry: readonly RiskSignal[] = RISK_SIGNALS): CompiledRiskConfig {
  const { config, issues } = compile(input, registry)
  if (issues.length) throw new RiskConfigError(issues)
  return config
}
