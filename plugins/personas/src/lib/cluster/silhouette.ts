/**
 * Mean silhouette coefficient (Rousseeuw 1987) with Euclidean distances: for each point,
 * s = (b − a) / max(a, b) where a is its mean distance to its own cluster and b the smallest mean distance
 * to another cluster; points alone in their cluster count 0. O(n² d): callers pass a bounded sample.
 */
export function silhouette(x: Float64Array, n: number, d: number, assignments: Int32Array, k: number): number {
  if (k < 2 || n < 2) return 0
  const sizes = new Int32Array(k)
  for (let i = 0; i < n; i++) sizes[assignments[i]]++
  const sums = new Float64Array(k)
  let total = 0
  for (let i = 0; i < n; i++) {
    sums.fill(0)
    for (let j = 0; j < n; j++) {
      if (j === i) continue
      let s = 0
      for (let f = 0; f < d; f++) {
        const diff = x[i * d + f] - x[j * d + f]
        s += diff * diff
      }
      sums[assignments[j]] += Math.sqrt(s)
    }
    const own = assignments[i]
    if (sizes[own] <= 1) continue
    const a = sums[own] / (sizes[own] - 1)
    let b = Infinity
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c])
    if (b === Infinity) continue
    const m = Math.max(a, b)
    total += m > 0 ? (b - a) / m : 0
  }
  return total / n
}
