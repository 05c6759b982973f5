import { applyPlatt } from "../math/platt"
import { logisticLogit } from "../math/logistic-regression"
import { riskFeatureValues } from "../model/risk-features"
import type { TrainedRiskModel } from "../model/risk-model-types"
import { riskKeys } from "../signals/risk-keys"
import type { RiskKeys, RiskLookups, RiskOrderFacts, SignalContext, SignalResult } from "../signals/types"
import type { CompiledRiskConfig, RiskThresholds } from "./risk-config"

export type RiskDecision = "allow" | "review" | "block"

export type RiskAssessment = {
  orderId: string
  /** 0–100: the rule score, or the blend of rule score and model when a model is trained. */
  score: number
  /** min(100, Σ points of the signals that hit). */
  rulesScore: number
  /** Calibrated P(fraud) from the store's model, or null without one. */
  modelProbability: number | null
  decision: RiskDecision
  decidedBy: "allow_list" | "block_list" | "score"
  /** Every enabled signal, in registry order. */
  signals: SignalResult[]
  /** The reasons of the signals that hit, most points first. */
  reasons: string[]
}

/** Evaluates every enabled signal: O(signals), no scan (the lookups are precomputed). */
export function evaluateSignals(ctx: SignalContext, config: CompiledRiskConfig): SignalResult[] {
  const out: SignalResult[] = new Array(config.rules.length)
  for (let i = 0; i < config.rules.length; i++) {
    const { signal, args, weight } = config.rules[i]
    const o = signal.evaluate(args, ctx)
    const strength = o.strength === undefined ? 1 : Math.min(1, Math.max(0, o.strength))
    // points are whole numbers: rounded once here, half away from zero
    out[i] = { code: signal.code, hit: o.hit, points: o.hit ? Math.round(weight * strength) : 0, reason: o.reason }
  }
  return out
}

/** The rule score: the sum of the hits' points, capped at 100. */
export function rulesScore(results: readonly SignalResult[]): number {
  let s = 0
  for (const r of results) if (r.hit) s += r.points
  return Math.min(100, s)
}

/** Calibrated P(fraud) of one order from a trained model. */
export function modelProbability(model: TrainedRiskModel, ctx: SignalContext, results: readonly SignalResult[]): number {
  const byCode = new Map(results.map((r) => [r.code, r]))
  const x = riskFeatureValues(model.featureNames, ctx, byCode)
  for (let j = 0; j < x.length; j++) x[j] = (x[j] - model.means[j]) / model.sds[j]
  return applyPlatt(model.calibration, logisticLogit(model.weights, x))
}

/** (1 − w) × rule score + w × 100 × P(fraud), rounded to a whole number. */
export function blendScore(rules: number, probability: number | null, modelWeight: number): number {
  if (probability === null) return rules
  return Math.round((1 - modelWeight) * rules + modelWeight * 100 * probability)
}

export function decideByScore(score: number, t: RiskThresholds): RiskDecision {
  return score >= t.block ? "block" : score >= t.review ? "review" : "allow"
}

/**
 * Scores one order: signals → rule points → (blend with the model) → thresholds, with the allow list checked
 * first and the block list second, each overriding the score (Stripe Radar's order of rule actions).
 */
export function scoreOrder(facts: RiskOrderFacts, lookups: RiskLookups, config: CompiledRiskConfig, keys: RiskKeys = riskKeys(facts)): RiskAssessment {
  const ctx: SignalContext = { facts, keys, lookups, lists: config.lists }
  const signals = evaluateSignals(ctx, config)
  const rules = rulesScore(signals)
  const probability = config.model ? modelProbability(config.model, ctx, signals) : null
  const score = blendScore(rules, probability, config.modelWeight)
  const allow = signals.some((s) => s.code === "list_allow" && s.hit)
  const block = signals.some((s) => s.code === "list_block" && s.hit)
  const decision: RiskDecision = allow ? "allow" : block ? "block" : decideByScore(score, config.thresholds)
  const hits = signals.filter((s) => s.hit).sort((a, b) => b.points - a.points)
  const reasons = hits.map((s) => s.reason)
  if (probability !== null) reasons.push(`store model: ${(probability * 100).toFixed(1)} % probability of fraud`)
  return {
    orderId: facts.orderId,
    score,
    rulesScore: rules,
    modelProbability: probability,
    decision,
    decidedBy: allow ? "allow_list" : block ? "block_list" : "score",
    signals,
    reasons,
  }
}
