/**
 * Offline ranking metrics with binary relevance, as in protocol R of the data README:
 * HR@k (any hit in the top k), Recall@k (hits / |truth|), NDCG@k (DCG over the ideal DCG of min(|truth|, k) hits).
 */

export function hitRate(ranked: readonly string[], truth: ReadonlySet<string>, k: number): number {
  for (let r = 0; r < Math.min(k, ranked.length); r++) if (truth.has(ranked[r])) return 1
  return 0
}

export function recallAtK(ranked: readonly string[], truth: ReadonlySet<string>, k: number): number {
  if (truth.size === 0) return 0
  let hits = 0
  for (let r = 0; r < Math.min(k, ranked.length); r++) if (truth.has(ranked[r])) hits++
  return hits / truth.size
}

export function ndcgAtK(ranked: readonly string[], truth: ReadonlySet<string>, k: number): number {
  if (truth.size === 0) return 0
  let dcg = 0
  for (let r = 0; r < Math.min(k, ranked.length); r++) if (truth.has(ranked[r])) dcg += 1 / Math.log2(r + 2)
  let ideal = 0
  for (let r = 0; r < Math.min(k, truth.size); r++) ideal += 1 / Math.log2(r + 2)
  return dcg / ideal
}

export type RankingMetrics = { k: number; users: number; hr: number; recall: number; ndcg: number }

/** Means over users; a user with an empty truth set is skipped (protocol R evaluates only users with test items). */
export function evaluateRankings(
  cases: Iterable<{ ranked: readonly string[]; truth: ReadonlySet<string> }>,
  k: number
): RankingMetrics {
  let users = 0
  let hr = 0
  let recall = 0
  let ndcg = 0
  for (const c of cases) {
    if (c.truth.size === 0) continue
    users++
    hr += hitRate(c.ranked, c.truth, k)
    recall += recallAtK(c.ranked, c.truth, k)
    ndcg += ndcgAtK(c.ranked, c.truth, k)
  }
  return users ? { k, users, hr: hr / users, recall: recall / users, ndcg: ndcg / users } : { k, users, hr: 0, recall: 0, ndcg: 0 }
}
