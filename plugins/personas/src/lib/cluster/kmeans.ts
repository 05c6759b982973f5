import type { Rng } from "../math/prng"

/**
 * Lloyd's k-means with k-means++ seeding on a row-major Float64Array (n × d).
 * Why not ml-kmeans directly: ml-kmeans 7 is ESM-only and this plugin compiles to CommonJS (and its jest
 * runtime cannot load it), and at 100,000 customers a flat typed array is several times leaner than
 * ml-kmeans' array-of-arrays. ml-kmeans stays the oracle: the unit tests run it in a child Node process
 * from the same initial centres and require identical results.
 */
export type KMeansResult = {
  /** k × d, row-major. */
  centroids: Float64Array
  assignments: Int32Array
  /** Sum of squared distances of points to their centroid. */
  inertia: number
  iterations: number
}

export type KMeansOptions = {
  maxIterations?: number
  /** Start from these centroids (k × d) instead of k-means++ seeding. */
  initialCentroids?: Float64Array
}

export function squaredDistance(x: ArrayLike<number>, i: number, c: ArrayLike<number>, j: number, d: number): number {
  let s = 0
  for (let f = 0; f < d; f++) {
    const diff = x[i * d + f] - c[j * d + f]
    s += diff * diff
  }
  return s
}

/** k-means++ (Arthur & Vassilvitskii 2007): each new centre drawn with probability ∝ squared distance to the nearest. */
export function kmeansPlusPlus(x: Float64Array, n: number, d: number, k: number, rng: Rng): Float64Array {
  const centroids = new Float64Array(k * d)
  const nearest = new Float64Array(n).fill(Infinity)
  let chosen = rng.int(n)
  for (let c = 0; c < k; c++) {
    centroids.set(x.subarray(chosen * d, chosen * d + d), c * d)
    let total = 0
    for (let i = 0; i < n; i++) {
      const dist = squaredDistance(x, i, centroids, c, d)
      if (dist < nearest[i]) nearest[i] = dist
      total += nearest[i]
    }
    if (c + 1 === k) break
    if (total === 0) {
      chosen = rng.int(n) // fewer distinct points than k: any point will do, the empty cluster is handled later
      continue
    }
    let target = rng.next() * total
    chosen = n - 1
    for (let i = 0; i < n; i++) {
      target -= nearest[i]
      if (target < 0) {
        chosen = i
        break
      }
    }
  }
  return centroids
}

export function kmeans(x: Float64Array, n: number, d: number, k: number, rng: Rng, options: KMeansOptions = {}): KMeansResult {
  if (k < 1 || k > n) throw new RangeError(`k must be between 1 and the number of points (${n}), got ${k}`)
  const { maxIterations = 100 } = options
  const centroids = options.initialCentroids ? Float64Array.from(options.initialCentroids) : kmeansPlusPlus(x, n, d, k, rng)
  const assignments = new Int32Array(n).fill(-1)
  const sums = new Float64Array(k * d)
  const counts = new Int32Array(k)
  let iterations = 0
  for (; iterations < maxIterations; iterations++) {
    let changed = 0
    for (let i = 0; i < n; i++) {
      const c = nearestCentroid(x, i, centroids, k, d)
      if (c !== assignments[i]) {
        assignments[i] = c
        changed++
      }
    }
    if (changed === 0 && iterations > 0) break
    sums.fill(0)
    counts.fill(0)
    for (let i = 0; i < n; i++) {
      const c = assignments[i]
      counts[c]++
      for (let f = 0; f < d; f++) sums[c * d + f] += x[i * d + f]
    }
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) {
        // an empty cluster takes the point farthest from its centroid, so k clusters survive
        let far = 0
        let farDist = -1
        for (let i = 0; i < n; i++) {
          const dist = squaredDistance(x, i, centroids, assignments[i], d)
          if (dist > farDist) {
            farDist = dist
            far = i
          }
        }
        centroids.set(x.subarray(far * d, far * d + d), c * d)
        assignments[far] = c
        continue
      }
      for (let f = 0; f < d; f++) centroids[c * d + f] = sums[c * d + f] / counts[c]
    }
  }
  let inertia = 0
  for (let i = 0; i < n; i++) inertia += squaredDistance(x, i, centroids, assignments[i], d)
  return { centroids, assignments, inertia, iterations }
}

/** Index of the nearest centroid (ties go to the lower index). */
export function nearestCentroid(x: ArrayLike<number>, i: number, centroids: Float64Array, k: number, d: number): number {
  let best = 0
  let bestDist = Infinity
  for (let c = 0; c < k; c++) {
    const dist = squaredDistance(x, i, centroids, c, d)
    if (dist < bestDist) {
      bestDist = dist
      best = c
    }
  }
  return best
}
