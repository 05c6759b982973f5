import { scoreOrder, type RiskDecision } from "../score/score-order"
import type { CompiledRiskConfig } from "../score/risk-config"
import type { RiskKeys, RiskLookups, RiskOrderFacts } from "../signals/types"

/** A past order with the lookups it had when placed and its outcome: 1 fraud, 0 good, null not known yet. */
export type BacktestRecord = { facts: RiskOrderFacts; lookups: RiskLookups; label: 0 | 1 | null; keys?: RiskKeys }

export type RuleBacktest = {
  code: string
  hits: number
  fraudHits: number
  goodHits: number
  /** fraudHits / (fraudHits + goodHits); NaN when the rule hit no labelled order. */
  precision: number
  /** fraudHits / fraud orders. */
  recall: number
}

export type BacktestResult = {
  orders: number
  fraud: number
  good: number
  unlabelled: number
  decisions: Record<RiskDecision, number>
  /** Fraud orders the setup would have sent to review or block. */
  caught: number
  caughtBlocked: number
  /** caught / fraud (NaN without fraud labels). */
  recall: number
  blockRecall: number
  /** Good orders sent to review or block: the false positives. */
  flaggedGood: number
  blockedGood: number
  /** caught / (caught + flaggedGood): share of flagged labelled orders that were fraud. */
  precision: number
  blockPrecision: number
  /** flaggedGood / good. */
  falsePositiveRate: number
  /** Orders (all, labelled or not) that would wait in the review queue, in total and per calendar day covered. */
  reviewLoad: { orders: number; share: number; perDay: number; days: number }
  /** Amounts by currency (minor units): fraud caught, fraud missed, good orders blocked. */
  amounts: Record<string, { fraudCaught: number; fraudMissed: number; goodBlocked: number }>
  byRule: RuleBacktest[]
}

const DAY = 86_400_000
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN)

/** Decisions of a setup on past orders: `scoreOrder` on each record, nothing else (pure, O(records × signals)). */
export function backtestDecisions(records: readonly BacktestRecord[], config: CompiledRiskConfig): { decisions: RiskDecision[]; scores: Float64Array; hits: string[][] } {
  const decisions: RiskDecision[] = new Array(records.length)
  const scores = new Float64Array(records.length)
  const hits: string[][] = new Array(records.length)
  for (let i = 0; i < records.length; i++) {
    const r = records[i]
    const a = scoreOrder(r.facts, r.lookups, config, r.keys)
    decisions[i] = a.decision
    scores[i] = a.score
    hits[i] = a.signals.filter((s) => s.hit).map((s) => s.code)
  }
  return { decisions, scores, hits }
}

/**
 * What a rule and threshold setup would have done on history: fraud caught (recall), good orders flagged or
 * blocked (false positives), precision, review load, and the same per rule.
 */
export function backtestRules(records: readonly BacktestRecord[], config: CompiledRiskConfig): BacktestResult {
  const { decisions, hits } = backtestDecisions(records, config)
  return summarise(records, decisions, hits, config)
}

function summarise(records: readonly BacktestRecord[], decisions: RiskDecision[], hits: string[][], config: CompiledRiskConfig): BacktestResult {
  const res: BacktestResult = {
    orders: records.length,
    fraud: 0,
    good: 0,
    unlabelled: 0,
    decisions: { allow: 0, review: 0, block: 0 },
    caught: 0,
    caughtBlocked: 0,
    recall: NaN,
    blockRecall: NaN,
    flaggedGood: 0,
    blockedGood: 0,
    precision: NaN,
    blockPrecision: NaN,
    falsePositiveRate: NaN,
    reviewLoad: { orders: 0, share: 0, perDay: 0, days: 0 },
    amounts: {},
    byRule: [],
  }
  const rule = new Map(config.rules.map((r) => [r.signal.code, { code: r.signal.code, hits: 0, fraudHits: 0, goodHits: 0 }]))
  let first = Infinity
  let last = -Infinity
  for (let i = 0; i < records.length; i++) {
    const { facts, label } = records[i]
    const d = decisions[i]
    first = Math.min(first, facts.placedAt)
    last = Math.max(last, facts.placedAt)
    res.decisions[d]++
    const flagged = d !== "allow"
    const cur = facts.currency.toLowerCase()
    const amt = (res.amounts[cur] ??= { fraudCaught: 0, fraudMissed: 0, goodBlocked: 0 })
    if (label === 1) {
      res.fraud++
      if (flagged) {
        res.caught++
        amt.fraudCaught += facts.amount
      } else amt.fraudMissed += facts.amount
      if (d === "block") res.caughtBlocked++
    } else if (label === 0) {
      res.good++
      if (flagged) res.flaggedGood++
      if (d === "block") {
        res.blockedGood++
        amt.goodBlocked += facts.amount
      }
    } else res.unlabelled++
    for (const code of hits[i]) {
      const r = rule.get(code)
      if (!r) continue
      r.hits++
      if (label === 1) r.fraudHits++
      else if (label === 0) r.goodHits++
    }
  }
  res.recall = ratio(res.caught, res.fraud)
  res.blockRecall = ratio(res.caughtBlocked, res.fraud)
  res.precision = ratio(res.caught, res.caught + res.flaggedGood)
  res.blockPrecision = ratio(res.caughtBlocked, res.caughtBlocked + res.blockedGood)
  res.falsePositiveRate = ratio(res.flaggedGood, res.good)
  const days = records.length ? Math.floor(last / DAY) - Math.floor(first / DAY) + 1 : 0
  res.reviewLoad = { orders: res.decisions.review, share: ratio(res.decisions.review, records.length) || 0, perDay: days ? res.decisions.review / days : 0, days }
  res.byRule = [...rule.values()].map((r) => ({ ...r, precision: ratio(r.fraudHits, r.fraudHits + r.goodHits), recall: ratio(r.fraudHits, res.fraud) }))
  return res
}

export type BacktestComparison = {
  baseline: BacktestResult
  candidate: BacktestResult
  /** Fraud orders the candidate flags and the baseline did not, and the other way round. */
  newlyCaught: number
  noLongerCaught: number
  newlyFlaggedGood: number
  noLongerFlaggedGood: number
  /** Orders whose decision differs, with both decisions (the first 100, for the admin's table). */
  changed: number
  examples: Array<{ orderId: string; label: 0 | 1 | null; baseline: RiskDecision; candidate: RiskDecision }>
}

/** A candidate setup against the live one on the same history: what a rule change would add and lose. */
export function compareBacktests(records: readonly BacktestRecord[], baseline: CompiledRiskConfig, candidate: CompiledRiskConfig): BacktestComparison {
  const a = backtestDecisions(records, baseline)
  const b = backtestDecisions(records, candidate)
  const out: BacktestComparison = {
    baseline: summarise(records, a.decisions, a.hits, baseline),
    candidate: summarise(records, b.decisions, b.hits, candidate),
    newlyCaught: 0,
    noLongerCaught: 0,
    newlyFlaggedGood: 0,
    noLongerFlaggedGood: 0,
    changed: 0,
    examples: [],
  }
  for (let i = 0; i < records.length; i++) {
    const da = a.decisions[i]
    const db = b.decisions[i]
    if (da === db) continue
    out.changed++
    const label = records[i].label
    const fa = da !== "allow"
    const fb = db !== "allow"
    if (label === 1 && fb && !fa) out.newlyCaught++
    if (label === 1 && fa && !fb) out.noLongerCaught++
    if (label === 0 && fb && !fa) out.newlyFlaggedGood++
    if (label === 0 && fa && !fb) out.noLongerFlaggedGood++
    if (out.examples.length < 100) out.examples.push({ orderId: records[i].facts.orderId, label, baseline: da, candidate: db })
  }
  return out
}

export type ThresholdPoint = { threshold: number; flagged: number; caught: number; flaggedGood: number; recall: number; precision: number; share: number }

/** Precision and recall of "score ≥ t" for each threshold: where to set the review and block lines. */
export function thresholdSweep(records: readonly BacktestRecord[], config: CompiledRiskConfig, thresholds: readonly number[]): ThresholdPoint[] {
  const { scores } = backtestDecisions(records, config)
  let fraud = 0
  for (const r of records) if (r.label === 1) fraud++
  return thresholds.map((t) => {
    let flagged = 0
    let caught = 0
    let flaggedGood = 0
    for (let i = 0; i < records.length; i++) {
      if (scores[i] < t) continue
      flagged++
      if (records[i].label === 1) caught++
      else if (records[i].label === 0) flaggedGood++
    }
    return { threshold: t, flagged, caught, flaggedGood, recall: ratio(caught, fraud), precision: ratio(caught, caught + flaggedGood), share: ratio(flagged, records.length) || 0 }
  })
}
