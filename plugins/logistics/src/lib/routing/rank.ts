// Combining the strategies. Ranked (Shopify's rule order): each strategy in turn keeps the candidates within its
// tolerance of the best score, and hands the survivors to the next; the first survivor in search order wins.
// Weighted: each strategy's scores are min-max normalised over the candidates and summed with the weights.
import type { Candidate, RoutingStrategy, StrategyConfig, StrategyContext, StrategyOutcome } from "./types"

export type Scored = { candidate: Candidate; outcomes: StrategyOutcome[]; feasible: boolean; order: number }

export function scoreCandidates(
  candidates: readonly Candidate[],
  strategies: readonly StrategyConfig[],
  registry: Readonly<Record<string, RoutingStrategy>>,
  ctx: StrategyContext
): Scored[] {
  return candidates.map((candidate, order) => {
    const outcomes = strategies.map((s) => registry[s.code].evaluate(s.args ?? {}, candidate, ctx))
    return { candidate, outcomes, feasible: outcomes.every((o) => o.feasible), order }
  })
}

export type RankResult = {
  /** best first */
  ranked: Scored[]
  /** ranked mode: survivors after each strategy; weighted: [] */
  rounds: { kept: number; of: number }[]
  /** index into strategies of the strategy that left one candidate (ranked), -1 if a tie survived all, -2 weighted */
  decidedBy: number
  /** for each candidate (by `order`): index of the strategy that eliminated it, or null for survivors */
  eliminatedBy: Map<number, number | null>
  weightedTotals?: Map<number, number>
}

const EPS = 1e-9

export function rankRanked(scored: readonly Scored[], strategies: readonly StrategyConfig[]): RankResult {
  let alive = [...scored]
  const rounds: { kept: number; of: number }[] = []
  const eliminatedBy = new Map<number, number | null>(scored.map((s) => [s.order, null]))
  let decidedBy = -1
  for (let k = 0; k < strategies.length; k++) {
    const of = alive.length
    if (of <= 1) {
      rounds.push({ kept: of, of })
      continue
    }
    const best = Math.min(...alive.map((s) => s.outcomes[k].score))
    const tol = Math.max(0, strategies[k].tolerance ?? 0)
    const kept = alive.filter((s) => s.outcomes[k].score <= best + tol + EPS)
    for (const s of alive) if (!kept.includes(s)) eliminatedBy.set(s.order, k)
    rounds.push({ kept: kept.length, of })
    if (kept.length === 1 && of > 1 && decidedBy === -1) decidedBy = k
    alive = kept
  }
  // survivors in search order first, then the eliminated by how late they fell, then by their scores in rule order
  const fell = (s: Scored) => eliminatedBy.get(s.order) ?? strategies.length
  const ranked = [...scored].sort((a, b) => {
    const d = fell(b) - fell(a)
    if (d) return d
    for (let k = 0; k < strategies.length; k++) {
      const x = a.outcomes[k].score - b.outcomes[k].score
      if (Math.abs(x) > EPS) return x
    }
    return a.order - b.order
  })
  return { ranked, rounds, decidedBy, eliminatedBy }
}

export function rankWeighted(scored: readonly Scored[], strategies: readonly StrategyConfig[]): RankResult {
  const totals = new Map<number, number>()
  for (const s of scored) totals.set(s.order, 0)
  for (let k = 0; k < strategies.length; k++) {
    const xs = scored.map((s) => s.outcomes[k].score)
    const lo = Math.min(...xs)
    const hi = Math.max(...xs)
    const w = strategies[k].weight ?? 1
    for (const s of scored) {
      const norm = hi - lo > EPS ? (s.outcomes[k].score - lo) / (hi - lo) : 0
      totals.set(s.order, totals.get(s.order)! + w * norm)
    }
  }
  const ranked = [...scored].sort((a, b) => totals.get(a.order)! - totals.get(b.order)! || a.order - b.order)
  return { ranked, rounds: [], decidedBy: -2, eliminatedBy: new Map(scored.map((s) => [s.order, null])), weightedTotals: totals }
}
