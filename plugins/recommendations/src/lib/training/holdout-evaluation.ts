import { DAY_MS } from "../data/interactions"
import type { Purchase } from "../data/purchase-history"
import { holdoutCases, timeSplit, type HoldoutProtocol } from "../eval/holdout"
import { evaluateRankings, type RankingMetrics } from "../eval/metrics"
import { recommendForYou, trainForYou } from "../models/for-you"

export type ProtocolMetrics = Record<HoldoutProtocol, RankingMetrics>

export type HoldoutReport = {
  k: number
  /** Train on purchases before `cut`, test on [cut, now). ISO times. */
  cut: string
  until: string
  train_purchases: number
  test_purchases: number
  /** "for_you": the personal ranker served by the for-you placement; "popularity": the non-personal baseline. */
  models: Record<"for_you" | "popularity", ProtocolMetrics>
  /** Set when there was too little data for a meaningful evaluation (no metrics then). */
  skipped?: string
}

/**
 * The offline evaluation stored with every model version: a time-based holdout of the store's own orders (the last
 * `testDays` days), protocol R's definitions (R-all: every test item counts; R-new: items bought before are excluded
 * from truth and ranking), HR/recall/NDCG at k, for the personal ranker and for plain popularity.
 */
export function evaluateHoldout(purchases: readonly Purchase[], now: number, options: { k?: number; testDays?: number; minTestUsers?: number } = {}): HoldoutReport {
  const k = options.k ?? 10
  const testDays = options.testDays ?? 30
  const cut = Math.floor((now - testDays * DAY_MS) / DAY_MS) * DAY_MS
  const { train, test } = timeSplit(purchases, cut, now)
  const base = {
    k,
    cut: new Date(cut).toISOString(),
    until: new Date(now).toISOString(),
    train_purchases: train.length,
    test_purchases: test.length,
  }
  const empty = (): ProtocolMetrics => ({
    all: { k, users: 0, hr: 0, recall: 0, ndcg: 0 },
    new: { k, users: 0, hr: 0, recall: 0, ndcg: 0 },
  })
  const casesAll = holdoutCases(train, test, "all")
  if (!train.length || casesAll.length < (options.minTestUsers ?? 5)) {
    return { ...base, models: { for_you: empty(), popularity: empty() }, skipped: `only ${casesAll.length} customers bought both before and after the cut` }
  }
  const model = trainForYou(train, { now: cut })
  const popular = [...model.history.items.ids.keys()]
    .sort((a, b) => model.trending[b] - model.trending[a] || a - b)
    .map((i) => model.history.items.idAt(i))
  const evalModel = (rank: (userId: string, exclude: Set<string>) => string[]): ProtocolMetrics => {
    const out = {} as ProtocolMetrics
    for (const protocol of ["all", "new"] as const) {
      const cases = protocol === "all" ? casesAll : holdoutCases(train, test, "new")
      out[protocol] = evaluateRankings(
        cases.map((c) => ({ ranked: rank(c.userId, c.exclude), truth: c.truth })),
        k
      )
    }
    return out
  }
  return {
    ...base,
    models: {
      for_you: evalModel((u, ex) => recommendForYou(model, u, k + ex.size, {}).map((r) => r.itemId).filter((id) => !ex.has(id)).slice(0, k)),
      popularity: evalModel((_u, ex) => popular.filter((id) => !ex.has(id)).slice(0, k)),
    },
  }
}
