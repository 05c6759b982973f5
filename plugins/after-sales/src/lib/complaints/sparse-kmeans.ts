import { Rng } from "../math/prng"
import type { SparseRows } from "./tfidf"

export type KMeansResult = {
  /** Cluster of each row; -1 for an empty row (no known term). */
  assignments: Int32Array
  /** k x cols, row-major. */
  centroids: Float64Array
  /** Sum of squared distances of rows to their centroid. */
  inertia: number
  iterations: number
}

function sqNorm(c: Float64Array, k: number, cols: number): number {
  let s = 0
  for (let j = k * cols; j < (k + 1) * cols; j++) s += c[j] * c[j]
  return s
}

/** Squared Euclidean distance of sparse row r to dense centroid k: |x|² − 2 x·c + |c|². */
function distance(m: SparseRows, r: number, rowNorm: number, c: Float64Array, k: number, cNorm: number): number {
  let dot = 0
  const base = k * m.cols
  for (let i = m.indptr[r]; i < m.indptr[r + 1]; i++) dot += m.values[i] * c[base + m.indices[i]]
  return Math.max(0, rowNorm - 2 * dot + cNorm)
}

/**
 * k-means++ seeding (Arthur & Vassilvitskii 2007): each next centre drawn with probability proportional to the
 * squared distance to the nearest centre so far. `given` centres (e.g. keyword topics) come first.
 */
export function kmeansPlusPlus(m: SparseRows, k: number, rng: Rng, given: Float64Array | null = null, givenCount = 0): Float64Array {
  const cols = m.cols
  const c = new Float64Array(k * cols)
  const nonEmpty: number[] = []
  for (let r = 0; r < m.rows; r++) if (m.indptr[r + 1] > m.indptr[r]) nonEmpty.push(r)
  if (nonEmpty.length === 0) return c
  const place = (slot: number, r: number) => {
    for (let i = m.indptr[r]; i < m.indptr[r + 1]; i++) c[slot * cols + m.indices[i]] = m.values[i]
  }
  let start = 0
  if (given && givenCount > 0) {
    c.set(given.subarray(0, givenCount * cols))
    start = givenCount
  } else {
    place(0, nonEmpty[rng.int(nonEmpty.length)])
    start = 1
  }
  const rowNorm = (r: number) => {
    let s = 0
    for (let i = m.indptr[r]; i < m.indptr[r + 1]; i++) s += m.values[i] * m.values[i]
    return s
  }
  const norms = nonEmpty.map(rowNorm)
  const best = new Float64Array(nonEmpty.length).fill(Infinity)
  for (let slot = start; slot <= k; slot++) {
    // refresh nearest distances with the centres placed so far
    for (let s = slot === start ? 0 : slot - 1; s < slot; s++) {
      const cn = sqNorm(c, s, cols)
      for (let i = 0; i < nonEmpty.length; i++) best[i] = Math.min(best[i], distance(m, nonEmpty[i], norms[i], c, s, cn))
    }
    if (slot === k) break
    let total = 0
    for (let i = 0; i < best.length; i++) total += best[i]
    let pick = nonEmpty.length - 1
    if (total > 0) {
      let u = rng.next() * total
      for (let i = 0; i < best.length; i++) {
        u -= best[i]
        if (u < 0) {
          pick = i
          break
        }
      }
    } else pick = rng.int(nonEmpty.length)
    place(slot, nonEmpty[pick])
  }
  return c
}

/**
 * Lloyd's k-means on sparse rows with dense centroids, from given initial centroids, until no row changes
 * cluster. An empty cluster takes the row farthest from its centroid. Ties go to the lower cluster index, as
 * in ml-kmeans, which the unit tests use as the oracle on the same data in dense form.
 */
export function sparseKMeans(m: SparseRows, k: number, initial: Float64Array, maxIterations = 100): KMeansResult {
  const cols = m.cols
  const c = Float64Array.from(initial)
  const assign = new Int32Array(m.rows).fill(-1)
  const rowNorms = new Float64Array(m.rows)
  for (let r = 0; r < m.rows; r++) for (let i = m.indptr[r]; i < m.indptr[r + 1]; i++) rowNorms[r] += m.values[i] * m.values[i]
  const cNorm = new Float64Array(k)
  const dist = new Float64Array(m.rows)
  let iterations = 0
  for (; iterations < maxIterations; iterations++) {
    for (let j = 0; j < k; j++) cNorm[j] = sqNorm(c, j, cols)
    let changed = 0
    for (let r = 0; r < m.rows; r++) {
      if (m.indptr[r + 1] === m.indptr[r]) continue
      let bestK = 0
      let bestD = Infinity
      for (let j = 0; j < k; j++) {
        const d = distance(m, r, rowNorms[r], c, j, cNorm[j])
        if (d < bestD) {
          bestD = d
          bestK = j
        }
      }
      dist[r] = bestD
      if (assign[r] !== bestK) {
        assign[r] = bestK
        changed++
      }
    }
    if (changed === 0 && iterations > 0) break
    // new centroids: means of their rows
    const counts = new Int32Array(k)
    c.fill(0)
    for (let r = 0; r < m.rows; r++) {
      const j = assign[r]
      if (j < 0) continue
      counts[j]++
      for (let i = m.indptr[r]; i < m.indptr[r + 1]; i++) c[j * cols + m.indices[i]] += m.values[i]
    }
    for (let j = 0; j < k; j++) {
      if (counts[j] === 0) {
        let far = -1
        for (let r = 0; r < m.rows; r++) if (assign[r] >= 0 && (far < 0 || dist[r] > dist[far])) far = r
        if (far < 0) continue
        dist[far] = 0
        for (let i = m.indptr[far]; i < m.indptr[far + 1]; i++) c[j * cols + m.indices[i]] = m.values[i]
        continue
      }
      for (let x = j * cols; x < (j + 1) * cols; x++) c[x] /= counts[j]
    }
  }
  for (let j = 0; j < k; j++) cNorm[j] = sqNorm(c, j, cols)
  let inertia = 0
  for (let r = 0; r < m.rows; r++) if (assign[r] >= 0) inertia += distance(m, r, rowNorms[r], c, assign[r], cNorm[assign[r]])
  return { assignments: assign, centroids: c, inertia, iterations }
}
