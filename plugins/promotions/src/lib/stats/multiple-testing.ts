/**
 * Corrections when many metrics (or many arms) are read from one experiment. Both return adjusted p-values in
 * the input order (as R's p.adjust) and the rejections at level q.
 */

export type Adjusted = { adjusted: number[]; rejected: boolean[] }

/**
 * Holm (1979), "A simple sequentially rejective multiple test procedure", Scand. J. Statistics 6:65–70:
 * family-wise error ≤ q under any dependence. Adjusted p(i) = max_{j ≤ i} min(1, (m − j + 1) p(j)).
 */
export function holm(pValues: number[], q = 0.05): Adjusted {
  const m = pValues.length
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b)
  const adjusted = new Array<number>(m)
  let running = 0
  order.forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[idx]))
    adjusted[idx] = running
  })
  return { adjusted, rejected: adjusted.map((p) => p <= q) }
}

/**
 * Benjamini & Hochberg (1995), "Controlling the false discovery rate", JRSS B 57:289–300: false-discovery
 * rate ≤ q for independent or positively dependent tests. Adjusted p(i) = min_{j ≥ i} min(1, m p(j) / j).
 */
export function benjaminiHochberg(pValues: number[], q = 0.05): Adjusted {
  const m = pValues.length
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b)
  const adjusted = new Array<number>(m)
  let running = 1
  for (let rank = m - 1; rank >= 0; rank--) {
    const idx = order[rank]
    running = Math.min(running, Math.min(1, (m * pValues[idx]) / (rank + 1)))
    adjusted[idx] = running
  }
  return { adjusted, rejected: adjusted.map((p) => p <= q) }
}
