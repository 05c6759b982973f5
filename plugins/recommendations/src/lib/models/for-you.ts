import { csrFromTriplets, Csr, csrRow } from "../data/csr"
import { DAY_MS } from "../data/interactions"
import { buildPurchaseHistory, Purchase, PurchaseHistory } from "../data/purchase-history"
import { forYouScores, ForYouWeights, FOR_YOU_WEIGHTS } from "../ranking/for-you-ranker"
import { topK } from "../util/top-k"
import { EaseModel, trainEase } from "./ease"
import { repeatRate, trainBuyAgain } from "./buy-again"

/**
 * Everything the personal "for you" placement needs, trained from purchases in one call: purchase history,
 * EASE on a recency-weighted matrix, trending and item repeat rates. The offline CLI and the benchmark use it;
 * the Medusa glue can store the parts (pruned EASE, trending, buy-again) separately and call forYouScores.
 */
export type ForYouParams = {
  /** Reference time (epoch ms): the start of the day after the last training event, for reproducibility. */
  now: number
  /** EASE penalty. 150 was best on the train-only validation split (tried 100–800). */
  lambda?: number
  /** Half-life for weighting each (customer, item) by the time of its last purchase, in the EASE matrix and profile.
   *  120 days beat no decay (R-new NDCG@10 0.1056 vs 0.0969 on validation): tastes and seasons drift. */
  profileHalfLifeDays?: number
  /** Half-life of the trending signal (7 beat 14, 30 and 60 on validation). */
  trendingHalfLifeDays?: number
  weights?: ForYouWeights
}

export type ForYouModel = {
  now: number
  history: PurchaseHistory
  /** Recency-weighted users × items matrix (value 0.5^(age of last purchase / half-life)): EASE input and profiles. */
  profiles: Csr
  ease: EaseModel
  /** Decayed popularity normalised to 0..1, by history item index. */
  trending: Float64Array
  repeatRate: Float64Array
  weights: ForYouWeights
}

export function trainForYou(purchases: readonly Purchase[], params: ForYouParams): ForYouModel {
  const { now } = params
  const lambda = params.lambda ?? 150
  const half = params.profileHalfLifeDays ?? 120
  const trendHalf = params.trendingHalfLifeDays ?? 7
  const kept = purchases.filter((p) => p.time <= now)
  const history = buildPurchaseHistory(kept)
  const { orders, lastTime } = history
  const rows: number[] = []
  const vals: number[] = []
  for (let u = 0; u < orders.rows; u++) {
    for (let t = orders.indptr[u]; t < orders.indptr[u + 1]; t++) {
      rows.push(u)
      vals.push(Math.pow(0.5, (now - lastTime[t]) / DAY_MS / half))
    }
  }
  const profiles = csrFromTriplets(orders.rows, orders.cols, rows, orders.indices, vals, "max")
  const ease = trainEase(profiles, history.items.ids, { lambda })
  // trending over purchase lines (each line is a sale event), normalised by the best item
  const trending = new Float64Array(history.items.size)
  for (const p of kept) trending[history.items.indexOf(p.itemId)] += Math.pow(0.5, (now - p.time) / DAY_MS / trendHalf)
  const top = Math.max(...trending)
  if (top > 0) for (let i = 0; i < trending.length; i++) trending[i] /= top
  const buyAgain = trainBuyAgain(kept)
  // buy-again sorts its items the same way as the history index (sorted ids), but map by id to be safe
  const rate = new Float64Array(history.items.size)
  const byId = new Map(buyAgain.items.map((id, i) => [id, i]))
  history.items.ids.forEach((id, i) => (rate[i] = repeatRate(buyAgain, byId.get(id)!)))
  return { now, history, profiles, ease, trending, repeatRate: rate, weights: params.weights ?? FOR_YOU_WEIGHTS }
}

/** Scores every item for a known customer index; an unknown customer (-1) gets trending only. */
export function forYouScoresFor(model: ForYouModel, user: number): Float64Array {
  const n = model.history.items.size
  const h = model.history
  if (user < 0) return Float64Array.from(model.trending, (x) => model.weights.trending * x)
  const profile = csrRow(model.profiles, user)
  const collaborative = new Float64Array(n)
  const w = model.ease.weights
  for (let t = 0; t < profile.indices.length; t++) {
    const row = profile.indices[t] * n
    const v = profile.values[t]
    for (let j = 0; j < n; j++) collaborative[j] += v * w[row + j]
  }
  const bought: { item: number; orderCount: number; lastTime: number }[] = []
  for (let t = h.orders.indptr[user]; t < h.orders.indptr[user + 1]; t++) {
    bought.push({ item: h.orders.indices[t], orderCount: h.orders.values[t], lastTime: h.lastTime[t] })
  }
  return forYouScores({
    itemCount: n,
    bought,
    userOrderCount: h.userOrderCount[user],
    collaborative,
    trending: model.trending,
    repeatRate: model.repeatRate,
    now: model.now,
    weights: model.weights,
  })
}

/** Top-k item ids and scores for a customer id; `excludeBought` drops everything they bought (protocol R-new). */
export function recommendForYou(
  model: ForYouModel,
  userId: string,
  k: number,
  options: { excludeBought?: boolean } = {}
): { itemId: string; score: number }[] {
  const u = model.history.users.indexOf(userId)
  const scores = forYouScoresFor(model, u)
  const bought = new Set<number>()
  if (options.excludeBought && u >= 0) {
    const h = model.history.orders
    for (let t = h.indptr[u]; t < h.indptr[u + 1]; t++) bought.add(h.indices[t])
  }
  return topK(scores, k, (j) => bought.has(j)).map((j) => ({ itemId: model.history.items.idAt(j), score: scores[j] }))
}
