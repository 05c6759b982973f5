import { createRng } from "../math/prng"
import { ComplaintText, complaintTfidf, topicsFromTfidf, TopicOptions } from "./complaint-topics"
import type { SparseRows } from "./tfidf"

/** Cosine distances (rows are unit length: 1 − dot) between the sampled rows, s x s. */
function sampleDistances(m: SparseRows, rows: readonly number[]): Float32Array {
  const s = rows.length
  const d = new Float32Array(s * s)
  const dense = new Float64Array(m.cols)
  for (let a = 0; a < s; a++) {
    const ra = rows[a]
    for (let i = m.indptr[ra]; i < m.indptr[ra + 1]; i++) dense[m.indices[i]] = m.values[i]
    for (let b = a + 1; b < s; b++) {
      const rb = rows[b]
      let dot = 0
      for (let i = m.indptr[rb]; i < m.indptr[rb + 1]; i++) dot += m.values[i] * dense[m.indices[i]]
      d[a * s + b] = d[b * s + a] = Math.max(0, 1 - dot)
    }
    for (let i = m.indptr[ra]; i < m.indptr[ra + 1]; i++) dense[m.indices[i]] = 0
  }
  return d
}

/**
 * Mean silhouette (Rousseeuw 1987, J. Comput. Appl. Math. 20:53-65) of labelled points from a distance matrix:
 * s(i) = (b − a) / max(a, b) with a the mean distance to its own cluster and b the smallest mean distance to
 * another; a point alone in its cluster scores 0.
 */
export function silhouetteFromDistances(d: Float32Array | Float64Array, labels: ArrayLike<number>, k: number): number {
  const s = labels.length
  let total = 0
  const sums = new Float64Array(k)
  const counts = new Int32Array(k)
  for (let i = 0; i < s; i++) counts[labels[i]]++
  for (let i = 0; i < s; i++) {
    sums.fill(0)
    for (let j = 0; j < s; j++) if (j !== i) sums[labels[j]] += d[i * s + j]
    const own = labels[i]
    if (counts[own] <= 1) continue
    const a = sums[own] / (counts[own] - 1)
    let b = Infinity
    for (let c = 0; c < k; c++) if (c !== own && counts[c] > 0) b = Math.min(b, sums[c] / counts[c])
    if (b === Infinity) continue
    total += (b - a) / Math.max(a, b)
  }
  return s ? total / s : 0
}

/**
 * The number of topics with the highest mean cosine silhouette on a deterministic sample of the complaints
 * (clustering itself runs on all of them), the smaller k on a tie. The usual way to pick k when nobody knows it.
 */
export function chooseTopicCount(
  complaints: readonly ComplaintText[],
  options: Omit<TopicOptions, "k"> & { kMin?: number; kMax?: number; sampleSize?: number } = {}
): { k: number; silhouetteByK: Array<{ k: number; silhouette: number }> } {
  const kMin = Math.max(2, options.kMin ?? 2)
  const kMax = options.kMax ?? 10
  const model = complaintTfidf(complaints, options)
  const m = model.matrix
  const nonEmpty: number[] = []
  for (let r = 0; r < m.rows; r++) if (m.indptr[r + 1] > m.indptr[r]) nonEmpty.push(r)
  const rng = createRng((options.seed ?? 1) ^ 0x5bd1e995)
  const size = Math.min(options.sampleSize ?? 1000, nonEmpty.length)
  // a partial Fisher-Yates shuffle picks the sample; sorted so the result does not depend on draw order
  const pool = [...nonEmpty]
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(pool.length - i)
    ;[pool[i], pool[j]] = [pool[j], pool[i]]
  }
  const sample = pool.slice(0, size).sort((a, b) => a - b)
  const d = sampleDistances(m, sample)
  const silhouetteByK: Array<{ k: number; silhouette: number }> = []
  for (let k = kMin; k <= Math.min(kMax, nonEmpty.length - 1); k++) {
    const topics = topicsFromTfidf(complaints, model, { ...options, k })
    const labels = Int32Array.from(sample, (r) => topics.assignments[r])
    silhouetteByK.push({ k, silhouette: silhouetteFromDistances(d, labels, k) })
  }
  let best = silhouetteByK[0] ?? { k: kMin, silhouette: 0 }
  for (const x of silhouetteByK) if (x.silhouette > best.silhouette + 1e-12) best = x
  return { k: best.k, silhouetteByK }
}
