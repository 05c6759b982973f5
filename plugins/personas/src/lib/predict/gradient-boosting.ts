import { sigmoid } from "../math/special-functions"

/**
 * Gradient-boosted regression trees for a 0/1 label (log loss, Newton leaf values), on quantile-binned
 * features. Small and deterministic (no row or column subsampling). Why hand-written: no maintained
 * npm package fits a plain typed-array matrix without native code; this one is ~150 lines and its
 * behaviour is pinned by unit tests (a stump on separable data, monotone improvement of the loss).
 */
export type BoostingOptions = {
  trees?: number
  depth?: number
  learningRate?: number
  /** Quantile bins per feature (≤ 255). */
  bins?: number
  minLeafSize?: number
  /** Ridge on leaf values. */
  l2?: number
}

/** Flattened trees: node k splits on feature[k] at threshold[k] (x < threshold goes left), or is a leaf when feature[k] = -1. */
export type BoostingModel = {
  base: number
  trees: { feature: number[]; threshold: number[]; left: number[]; right: number[]; value: number[] }[]
}

export function fitBoosting(x: Float64Array, y: ArrayLike<number>, d: number, options: BoostingOptions = {}): BoostingModel {
  const { trees = 150, depth = 2, learningRate = 0.05, bins = 32, minLeafSize = 20, l2 = 1 } = options
  const n = y.length
  if (n === 0) return { base: 0, trees: [] }
  // bin edges from each column's quantiles; bin(v) = number of edges <= v, so bin b holds [e[b-1], e[b])
  const edges: Float64Array[] = []
  const binned = new Uint8Array(n * d)
  const column = new Float64Array(n)
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < n; i++) column[i] = x[i * d + j]
    const sorted = Float64Array.from(column).sort()
    const e: number[] = []
    for (let b = 1; b < Math.min(bins, 255); b++) {
      const q = sorted[Math.floor((b * n) / bins)]
      if (e.length === 0 || q > e[e.length - 1]) e.push(q)
    }
    edges.push(Float64Array.from(e))
    for (let i = 0; i < n; i++) binned[i * d + j] = upperBound(edges[j], column[i])
  }
  let positives = 0
  for (let i = 0; i < n; i++) positives += y[i]
  const prior = Math.min(1 - 1e-6, Math.max(1e-6, positives / n))
  const base = Math.log(prior / (1 - prior))
  const f = new Float64Array(n).fill(base)
  const grad = new Float64Array(n)
  const hess = new Float64Array(n)
  const model: BoostingModel = { base, trees: [] }
  // histograms: per feature, `binCount` slots of gradient sum, hessian sum and row count
  const binCount = Math.min(bins, 255)
  const width = d * binCount
  const all = Int32Array.from({ length: n }, (_, i) => i)
  const histogram = (rows: Int32Array) => {
    const gs = new Float64Array(width)
    const hs = new Float64Array(width)
    const cs = new Int32Array(width)
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r]
      const g = grad[i]
      const h = hess[i]
      const base = i * d
      for (let j = 0; j < d; j++) {
        const slot = j * binCount + binned[base + j]
        gs[slot] += g
        hs[slot] += h
        cs[slot]++
      }
    }
    return { gs, hs, cs }
  }
  type Histogram = ReturnType<typeof histogram>
  // the larger child's histogram is the parent's minus the smaller child's: one pass per split instead of two
  const subtract = (parent: Histogram, child: Histogram): Histogram => {
    const gs = new Float64Array(width)
    const hs = new Float64Array(width)
    const cs = new Int32Array(width)
    for (let k = 0; k < width; k++) {
      gs[k] = parent.gs[k] - child.gs[k]
      hs[k] = parent.hs[k] - child.hs[k]
      cs[k] = parent.cs[k] - child.cs[k]
    }
    return { gs, hs, cs }
  }
  for (let t = 0; t < trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(f[i])
      grad[i] = p - y[i]
      hess[i] = p * (1 - p)
    }
    const tree = { feature: [] as number[], threshold: [] as number[], left: [] as number[], right: [] as number[], value: [] as number[] }
    const grow = (rows: Int32Array, hist: Histogram, level: number): number => {
      const node = tree.feature.length
      tree.feature.push(-1)
      tree.threshold.push(0)
      tree.left.push(-1)
      tree.right.push(-1)
      let G = 0
      let H = 0
      for (let b = 0; b < binCount; b++) {
        G += hist.gs[b]
        H += hist.hs[b]
      }
      tree.value.push((-G / (H + l2)) * learningRate)
      if (level >= depth || rows.length < 2 * minLeafSize) return node
      let bestGain = 1e-12
      let bestFeature = -1
      let bestBin = -1
      const parent = (G * G) / (H + l2)
      for (let j = 0; j < d; j++) {
        const nb = edges[j].length + 1
        let gl = 0
        let hl = 0
        let cl = 0
        for (let b = 0; b < nb - 1; b++) {
          const slot = j * binCount + b
          gl += hist.gs[slot]
          hl += hist.hs[slot]
          cl += hist.cs[slot]
          if (cl < minLeafSize || rows.length - cl < minLeafSize) continue
          const gr = G - gl
          const hr = H - hl
          const gain = (gl * gl) / (hl + l2) + (gr * gr) / (hr + l2) - parent
          if (gain > bestGain) {
            bestGain = gain
            bestFeature = j
            bestBin = b
          }
        }
      }
      if (bestFeature < 0) return node
      let nl = 0
      for (let r = 0; r < rows.length; r++) if (binned[rows[r] * d + bestFeature] <= bestBin) nl++
      const l = new Int32Array(nl)
      const rr = new Int32Array(rows.length - nl)
      let a = 0
      let c = 0
      for (let r = 0; r < rows.length; r++) {
        const i = rows[r]
        if (binned[i * d + bestFeature] <= bestBin) l[a++] = i
        else rr[c++] = i
      }
      let leftHist: Histogram | null = null
      let rightHist: Histogram | null = null
      if (level + 1 < depth) {
        // children split further: build the smaller child's histogram, derive the other
        if (l.length <= rr.length) {
          leftHist = histogram(l)
          rightHist = subtract(hist, leftHist)
        } else {
          rightHist = histogram(rr)
          leftHist = subtract(hist, rightHist)
        }
      } else {
        leftHist = leafHistogram(l)
        rightHist = leafHistogram(rr)
      }
      tree.feature[node] = bestFeature
      tree.threshold[node] = edges[bestFeature][bestBin]
      tree.left[node] = grow(l, leftHist, level + 1)
      tree.right[node] = grow(rr, rightHist, level + 1)
      return node
    }
    // a leaf only needs G and H: keep them in slot 0 of feature 0 (grow sums slots 0..binCount-1 of feature 0)
    const leafHistogram = (rows: Int32Array): Histogram => {
      const gs = new Float64Array(binCount)
      const hs = new Float64Array(binCount)
      for (let r = 0; r < rows.length; r++) {
        gs[0] += grad[rows[r]]
        hs[0] += hess[rows[r]]
      }
      return { gs, hs, cs: new Int32Array(binCount) }
    }
    grow(all, histogram(all), 0)
    model.trees.push(tree)
    for (let i = 0; i < n; i++) f[i] += treeValue(tree, x, i * d)
  }
  return model
}

function upperBound(edges: Float64Array, v: number): number {
  let lo = 0
  let hi = edges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (v < edges[mid]) hi = mid
    else lo = mid + 1
  }
  return lo
}

function treeValue(tree: BoostingModel["trees"][number], x: ArrayLike<number>, offset: number): number {
  let k = 0
  while (tree.feature[k] >= 0) k = x[offset + tree.feature[k]] < tree.threshold[k] ? tree.left[k] : tree.right[k]
  return tree.value[k]
}

/** Log-odds of one row. */
export function boostingLogit(model: BoostingModel, row: ArrayLike<number>): number {
  let f = model.base
  for (const tree of model.trees) f += treeValue(tree, row, 0)
  return f
}
