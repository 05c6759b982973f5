import { DAY_MS } from "../data/interactions"

/**
 * The personal "for you" score: a linear blend of what the customer bought (how often, how recently, whether the
 * item is re-ordered by others), what EASE predicts from their basket history, and what is trending.
 *
 * The weights are a logistic regression fitted once on a validation split carved from the training period only
 * (train before 2011-09-22, labels 2011-09-22 … 2011-10-31 of Online Retail; candidates = bought items ∪ EASE top 100);
 * the test window (November–December 2011) was never used to choose them. A store with its own data can refit them.
 */
export type ForYouWeights = {
  /** 1 when the customer bought the item before. */
  own: number
  /** Share of the customer's orders that contained the item (0..1). */
  share: number
  /** ln(1 + orders containing the item). */
  logCount: number
  /** exp(−days since last purchase of the item / recencyDays). */
  recency: number
  /** ln(item repeat rate across all buyers), only for bought items: consumables come back, one-offs do not. */
  logRepeatRate: number
  /** EASE score divided by the customer's best EASE score (≤ 1). */
  collaborative: number
  /** Trending score normalised to 0..1. */
  trending: number
}

export const FOR_YOU_WEIGHTS: Readonly<ForYouWeights> = {
  own: 0.1925,
  share: 0.4309,
  logCount: 1.097,
  recency: 0.4805,
  logRepeatRate: 0.1047,
  collaborative: 1.428,
  trending: 1.1877,
}

export const FOR_YOU_RECENCY_DAYS = 60

export type ForYouInput = {
  itemCount: number
  /** Items the customer bought, by item index. */
  bought: ReadonlyArray<{ item: number; orderCount: number; lastTime: number }>
  /** Number of distinct orders of the customer (≥ 1 when bought is non-empty). */
  userOrderCount: number
  /** Raw collaborative (EASE) scores for every item. */
  collaborative: ArrayLike<number>
  /** Trending scores for every item, 0..1. */
  trending: ArrayLike<number>
  /** Repeat rate for every item, in (0, 1). */
  repeatRate: ArrayLike<number>
  now: number
  weights?: ForYouWeights
  recencyDays?: number
}

/** Scores every item for one customer (higher is better). Pure: same input, same output. */
export function forYouScores(input: ForYouInput): Float64Array {
  const w = input.weights ?? FOR_YOU_WEIGHTS
  const n = input.itemCount
  let best = 0
  for (let j = 0; j < n; j++) if (input.collaborative[j] > best) best = input.collaborative[j]
  // a customer with no positive collaborative signal (empty profile) gets none rather than an exploded one
  const scale = best > 0 ? 1 / best : 0
  const out = new Float64Array(n)
  for (let j = 0; j < n; j++) out[j] = w.collaborative * input.collaborative[j] * scale + w.trending * input.trending[j]
  const recencyDays = input.recencyDays ?? FOR_YOU_RECENCY_DAYS
  const orders = Math.max(1, input.userOrderCount)
  for (const b of input.bought) {
    const ageDays = (input.now - b.lastTime) / DAY_MS
    out[b.item] +=
      w.own +
      w.share * (b.orderCount / orders) +
      w.logCount * Math.log1p(b.orderCount) +
      w.recency * Math.exp(-ageDays / recencyDays) +
      w.logRepeatRate * Math.log(input.repeatRate[b.item])
  }
  return out
}
