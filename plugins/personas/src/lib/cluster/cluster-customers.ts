import { createRng, sampleIndices } from "../math/prng"
import { fitStandardizer, standardizeMatrix, standardizeValue, type Standardizer } from "../math/standardizer"
import { kmeans, nearestCentroid } from "./kmeans"
import { silhouette } from "./silhouette"
import { cutTree, wardLinkage } from "./ward"

export type ClusterMethod = "kmeans" | "ward"

export type ClusterOptions = {
  /** Number of clusters; when absent, chosen in kRange by the best silhouette on a sample. */
  k?: number
  kRange?: [number, number]
  /** kmeans: k-means++ on all points. ward: Ward on a sample, the rest assigned to the nearest centroid. */
  method?: ClusterMethod
  /** Bound on the points used for silhouette and for Ward (both O(n²)). */
  sampleSize?: number
  /** k-means restarts from different seeds; the lowest inertia wins. */
  restarts?: number
  seed?: number
}

/** Plain JSON: assign a single customer later with assignCluster. Centroids are in standardised space. */
export type ClusterModel = {
  method: ClusterMethod
  k: number
  standardizer: Standardizer
  centroids: number[][]
  /** Mean silhouette on the sample for the chosen k (null when k was given and not evaluated). */
  silhouette: number | null
  /** Silhouette of each k tried, for the admin's "why this k" view. */
  silhouetteByK: { k: number; silhouette: number }[]
}

export type ClusterResult = { model: ClusterModel; assignments: Int32Array }

/**
 * Clusters n rows of d transformed features (row-major). Deterministic for a given seed. Cost: k-means is
 * O(n k d) per iteration; silhouette and Ward are O(s²) on the sample (s = sampleSize, 2,000 by default).
 */
export function clusterRows(x: Float64Array, n: number, d: number, options: ClusterOptions = {}): ClusterResult {
  const { method = "kmeans", kRange = [2, 8], sampleSize = 2000, restarts = 3, seed = 1 } = options
  if (n === 0) throw new RangeError("nothing to cluster")
  const standardizer = fitStandardizer(x, d)
  const z = standardizeMatrix(x, d, standardizer)
  const sample = sampleIndices(n, sampleSize, createRng(seed))
  const zs = new Float64Array(sample.length * d)
  sample.forEach((r, i) => zs.set(z.subarray(r * d, (r + 1) * d), i * d))
  const ns = sample.length
  const maxK = Math.max(1, Math.min(ns, n))
  let linkage: ReturnType<typeof wardLinkage> | null = null
  const fitOnSample = (k: number): Int32Array => {
    if (method === "ward") {
      linkage ??= wardLinkage(zs, ns, d)
      return cutTree(linkage, ns, k)
    }
    return bestKmeans(zs, ns, d, k, restarts, seed).assignments
  }
  const silhouetteByK: { k: number; silhouette: number }[] = []
  let k = options.k
  if (k === undefined) {
    const [lo, hi] = [Math.max(2, kRange[0]), Math.min(kRange[1], maxK)]
    let best = -Infinity
    for (let kk = lo; kk <= hi; kk++) {
      const s = silhouette(zs, ns, d, fitOnSample(kk), kk)
      silhouetteByK.push({ k: kk, silhouette: s })
      if (s > best + 1e-12) {
        best = s
        k = kk
      }
    }
    k ??= 1
  }
  if (k < 1 || k > maxK) throw new RangeError(`k must be between 1 and ${maxK}, got ${k}`)
  let centroids: Float64Array
  let assignments: Int32Array
  if (method === "ward") {
    const labels = fitOnSample(k)
    centroids = new Float64Array(k * d)
    const counts = new Int32Array(k)
    for (let i = 0; i < ns; i++) {
      counts[labels[i]]++
      for (let f = 0; f < d; f++) centroids[labels[i] * d + f] += zs[i * d + f]
    }
    for (let c = 0; c < k; c++) for (let f = 0; f < d; f++) centroids[c * d + f] /= counts[c]
    assignments = new Int32Array(n)
    for (let i = 0; i < n; i++) assignments[i] = nearestCentroid(z, i, centroids, k, d)
  } else {
    const r = bestKmeans(z, n, d, k, restarts, seed)
    centroids = r.centroids
    assignments = r.assignments
  }
  const chosen = silhouetteByK.find((s) => s.k === k)
  return {
    model: {
      method,
      k,
      standardizer,
      centroids: Array.from({ length: k }, (_, c) => Array.from(centroids.subarray(c * d, (c + 1) * d))),
      silhouette: chosen ? chosen.silhouette : null,
      silhouetteByK,
    },
    assignments,
  }
}

function bestKmeans(x: Float64Array, n: number, d: number, k: number, restarts: number, seed: number) {
  let best: ReturnType<typeof kmeans> | null = null
  for (let r = 0; r < Math.max(1, restarts); r++) {
    const result = kmeans(x, n, d, k, createRng(seed * 7919 + r))
    if (!best || result.inertia < best.inertia - 1e-9) best = result
  }
  return best!
}

/** The cluster of one customer's transformed feature row (the incremental path). */
export function assignCluster(model: ClusterModel, row: ArrayLike<number>): number {
  const d = row.length
  const z = new Float64Array(d)
  for (let j = 0; j < d; j++) z[j] = standardizeValue(row[j], model.standardizer, j)
  return nearestCentroid(z, 0, Float64Array.from(model.centroids.flat()), model.k, d)
}
