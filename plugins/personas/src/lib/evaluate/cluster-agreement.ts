/**
 * How well a clustering recovers known classes (e.g. the behaviour types the demo generator planted): the
 * confusion table, purity and the adjusted Rand index (Hubert & Arabie 1985). Labels are any strings; both
 * lists are aligned by position.
 */
export type Agreement = {
  /** Distinct cluster labels (rows) and class labels (columns), sorted. */
  clusters: string[]
  classes: string[]
  /** counts[i][j]: items in cluster i with class j. */
  counts: number[][]
  /** For each cluster, its majority class and that class's share of the cluster. */
  majority: { cluster: string; size: number; className: string; share: number }[]
  /** Share of items whose cluster's majority class is their class (1 = every cluster is pure). */
  purity: number
  /** Chance-corrected pair agreement: 1 = identical partitions, about 0 = random, can go negative. */
  adjustedRandIndex: number
  n: number
}

const choose2 = (x: number) => (x * (x - 1)) / 2

export function clusterAgreement(clusterLabels: readonly string[], classLabels: readonly string[]): Agreement {
  if (clusterLabels.length !== classLabels.length) throw new RangeError("label lists differ in length")
  const n = clusterLabels.length
  const clusters = [...new Set(clusterLabels)].sort()
  const classes = [...new Set(classLabels)].sort()
  const ci = new Map(clusters.map((c, i) => [c, i]))
  const kj = new Map(classes.map((c, j) => [c, j]))
  const counts = clusters.map(() => classes.map(() => 0))
  for (let t = 0; t < n; t++) counts[ci.get(clusterLabels[t])!][kj.get(classLabels[t])!]++
  const rowSums = counts.map((r) => r.reduce((s, v) => s + v, 0))
  const colSums = classes.map((_, j) => counts.reduce((s, r) => s + r[j], 0))
  const majority = counts.map((r, i) => {
    let best = 0
    r.forEach((v, j) => v > r[best] && (best = j))
    return { cluster: clusters[i], size: rowSums[i], className: classes[best], share: rowSums[i] ? r[best] / rowSums[i] : 0 }
  })
  const purity = n ? counts.reduce((s, r) => s + Math.max(...r), 0) / n : 0
  const sumCells = counts.reduce((s, r) => s + r.reduce((a, v) => a + choose2(v), 0), 0)
  const sumRows = rowSums.reduce((s, v) => s + choose2(v), 0)
  const sumCols = colSums.reduce((s, v) => s + choose2(v), 0)
  const expected = n > 1 ? (sumRows * sumCols) / choose2(n) : 0
  const max = (sumRows + sumCols) / 2
  const adjustedRandIndex = max === expected ? 1 : (sumCells - expected) / (max - expected)
  return { clusters, classes, counts, majority, purity, adjustedRandIndex, n }
}
