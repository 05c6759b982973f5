/**
 * Top-k selection shared by every model. Ties break on the lower index so results never depend on sort stability
 * or insertion order (the same data always gives the same list).
 */

/** Indices of the k largest finite scores, best first. `skip(i)` drops candidates (items in the cart, already seen). */
export function topK(scores: ArrayLike<number>, k: number, skip?: (index: number) => boolean): number[] {
  if (k <= 0) return []
  // a bounded min-heap of size k: O(n log k), no full sort of a 4,000-item score vector per user
  const heap: number[] = []
  const worse = (a: number, b: number) => scores[a] < scores[b] || (scores[a] === scores[b] && a > b)
  const siftDown = (pos: number) => {
    for (;;) {
      const l = 2 * pos + 1
      const r = l + 1
      let m = pos
      if (l < heap.length && worse(heap[l], heap[m])) m = l
      if (r < heap.length && worse(heap[r], heap[m])) m = r
      if (m === pos) return
      ;[heap[pos], heap[m]] = [heap[m], heap[pos]]
      pos = m
    }
  }
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]
    if (!Number.isFinite(s) || (skip && skip(i))) continue
    if (heap.length < k) {
      heap.push(i)
      for (let c = heap.length - 1; c > 0; ) {
        const p = (c - 1) >> 1
        if (!worse(heap[c], heap[p])) break
        ;[heap[c], heap[p]] = [heap[p], heap[c]]
        c = p
      }
    } else if (worse(heap[0], i)) {
      heap[0] = i
      siftDown(0)
    }
  }
  return heap.sort((a, b) => (scores[b] - scores[a]) || a - b)
}

/** A scored item reference, the common currency between models, the blender and the API. */
export type ScoredItem = { itemId: string; score: number }

/** Sorts scored items best first, ties by id, so equal scores give a stable, reproducible order. */
export function sortScored<T extends ScoredItem>(items: T[]): T[] {
  return items.sort((a, b) => b.score - a.score || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0))
}
