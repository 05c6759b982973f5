import { ScoredItem } from "../util/top-k"

/**
 * Category diversity, so a "for you" row is not ten variants of the same mug.
 * - maxPerCategory: a hard cap, greedy in score order (simple, predictable for merchandisers);
 * - mmr: Maximal Marginal Relevance (Carbonell & Goldstein 1998), trading relevance against similarity to what is
 *   already picked: argmax λ·score − (1 − λ)·max sim(item, picked).
 */
export function maxPerCategory<T extends ScoredItem>(
  list: readonly T[],
  categoryOf: (itemId: string) => string | undefined,
  maxPer: number,
  k: number
): T[] {
  const used = new Map<string, number>()
  const out: T[] = []
  for (const x of list) {
    if (out.length >= k) break
    const c = categoryOf(x.itemId)
    // items without a category are never capped: there is nothing to be repetitive about
    if (c !== undefined) {
      const n = used.get(c) ?? 0
      if (n >= maxPer) continue
      used.set(c, n + 1)
    }
    out.push(x)
  }
  return out
}

/** MMR over a candidate list; scores should be normalised (0..1) so they compare with similarities. */
export function mmr<T extends ScoredItem>(
  list: readonly T[],
  similarity: (a: string, b: string) => number,
  lambda: number,
  k: number
): T[] {
  const rest = [...list]
  const picked: T[] = []
  const maxSim = new Array<number>(rest.length).fill(0)
  while (picked.length < k && rest.length > 0) {
    let best = 0
    let bestValue = -Infinity
    for (let i = 0; i < rest.length; i++) {
      const v = lambda * rest[i].score - (1 - lambda) * maxSim[i]
      // ties keep the earlier (higher-ranked) candidate
      if (v > bestValue) {
        bestValue = v
        best = i
      }
    }
    const chosen = rest.splice(best, 1)[0]
    maxSim.splice(best, 1)
    picked.push(chosen)
    for (let i = 0; i < rest.length; i++) maxSim[i] = Math.max(maxSim[i], similarity(rest[i].itemId, chosen.itemId))
  }
  return picked
}

/** Similarity 1 for two items of the same category, else 0: MMR's simplest useful similarity. */
export function sameCategory(categoryOf: (itemId: string) => string | undefined): (a: string, b: string) => number {
  return (a, b) => {
    const ca = categoryOf(a)
    return ca !== undefined && ca === categoryOf(b) ? 1 : 0
  }
}
