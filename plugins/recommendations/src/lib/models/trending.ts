import { DAY_MS } from "../data/interactions"
import { ScoredItem } from "../util/top-k"

/**
 * Trending = time-decayed popularity × velocity. Decay favours what sells now (Christmas stock in November);
 * velocity (recent rate vs. the item's own baseline rate) lifts items that are taking off before they are top sellers.
 * Needs no user history, so it is the fallback for new stores and anonymous shoppers.
 */
export type TrendingParams = {
  /** Reference time (epoch ms); events after it are ignored. */
  now: number
  /** Half-life of the decayed popularity. 7 days was best for "for you" on Online Retail (train-only split). */
  halfLifeDays?: number
  /** Window of the recent rate. */
  recentDays?: number
  /** Window of the baseline rate, just before the recent window. */
  baselineDays?: number
  /** Exponent on velocity in the final score (0 = plain decayed popularity). */
  velocityWeight?: number
  /** Pseudo-count per day in both rates, so that one sale of a never-sold item is not "infinitely trending". */
  priorPerDay?: number
}

export type TrendingEvent = { itemId: string; time: number; weight?: number }

export type TrendingModel = {
  kind: "trending"
  version: 1
  now: number
  params: Required<TrendingParams>
  items: string[]
  /** Σ weight · 0.5^(age / halfLife), not normalised. */
  decayed: number[]
  /** (recent rate + prior) / (baseline rate + prior); 1 = steady. */
  velocity: number[]
  /** decayed / max(decayed) · velocity^velocityWeight: the ranking score. */
  score: number[]
}

const DEFAULTS = { halfLifeDays: 7, recentDays: 7, baselineDays: 28, velocityWeight: 0.5, priorPerDay: 0.1 }

export function trainTrending(events: readonly TrendingEvent[], params: TrendingParams): TrendingModel {
  const p: Required<TrendingParams> = { ...DEFAULTS, ...params }
  const items = [...new Set(events.filter((e) => e.time <= p.now).map((e) => e.itemId))].sort()
  const index = new Map(items.map((id, i) => [id, i]))
  const decayed = new Array<number>(items.length).fill(0)
  const recent = new Array<number>(items.length).fill(0)
  const baseline = new Array<number>(items.length).fill(0)
  for (const e of events) {
    if (e.time > p.now) continue
    const i = index.get(e.itemId)!
    const w = e.weight ?? 1
    const ageDays = (p.now - e.time) / DAY_MS
    decayed[i] += w * Math.pow(0.5, ageDays / p.halfLifeDays)
    if (ageDays < p.recentDays) recent[i] += w
    else if (ageDays < p.recentDays + p.baselineDays) baseline[i] += w
  }
  const max = Math.max(0, ...decayed)
  const velocity = items.map(
    (_, i) => (recent[i] / p.recentDays + p.priorPerDay) / (baseline[i] / p.baselineDays + p.priorPerDay)
  )
  const score = items.map((_, i) => (max > 0 ? decayed[i] / max : 0) * Math.pow(velocity[i], p.velocityWeight))
  return { kind: "trending", version: 1, now: p.now, params: p, items, decayed, velocity, score }
}

/** The k best trending items, optionally skipping some (already in the cart, out of stock). */
export function topTrending(model: TrendingModel, k: number, skip?: (itemId: string) => boolean): ScoredItem[] {
  const order = model.items.map((_, i) => i).sort((a, b) => model.score[b] - model.score[a] || (model.items[a] < model.items[b] ? -1 : 1))
  const out: ScoredItem[] = []
  for (const i of order) {
    if (out.length >= k) break
    if (model.score[i] > 0 && !(skip && skip(model.items[i]))) out.push({ itemId: model.items[i], score: model.score[i] })
  }
  return out
}

/** A plain JSON value already; kept for symmetry with the other models and to validate on load. */
export function loadTrending(json: unknown): TrendingModel {
  const m = json as TrendingModel
  if (m?.kind !== "trending" || m.version !== 1) throw new Error("not a trending v1 model")
  return m
}
