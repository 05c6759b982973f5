/**
 * Agglomerative clustering with Ward's criterion by the nearest-neighbour-chain algorithm: O(n²) time and
 * memory (ml-hclust's agnes copies its distance matrix at every merge, O(n³), minutes at n = 2,000).
 * Distances are Euclidean and merge heights follow the Lance-Williams "ward.D2" update, the same as
 * ml-hclust's method "ward2" and R's hclust(method = "ward.D2"); ml-hclust is the oracle in the tests.
 * Meant for a bounded sample (a few thousand points); the rest of the store is assigned to centroids.
 */
export type Merge = { a: number; b: number; height: number; size: number }

/**
 * Returns the n − 1 merges in increasing height. Clusters are numbered like scipy's linkage: points 0..n-1,
 * and merge m creates cluster n + m.
 */
export function wardLinkage(x: Float64Array, n: number, d: number): Merge[] {
  if (n < 2) return []
  // squared distances between active clusters, full matrix for simple indexing
  const dist = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0
      for (let f = 0; f < d; f++) {
        const diff = x[i * d + f] - x[j * d + f]
        s += diff * diff
      }
      dist[i * n + j] = s
      dist[j * n + i] = s
    }
  }
  const size = new Float64Array(n).fill(1)
  const active = new Uint8Array(n).fill(1)
  const label = Int32Array.from({ length: n }, (_, i) => i) // slot -> cluster id
  const raw: Merge[] = []
  const chain: number[] = []
  let remaining = n
  while (remaining > 1) {
    if (chain.length === 0) {
      let first = 0
      while (!active[first]) first++
      chain.push(first)
    }
    const top = chain[chain.length - 1]
    const prev = chain.length > 1 ? chain[chain.length - 2] : -1
    // nearest active neighbour of top; prefer the previous chain element on ties so the chain terminates
    let nn = -1
    let nnDist = Infinity
    for (let j = 0; j < n; j++) {
      if (!active[j] || j === top) continue
      const v = dist[top * n + j]
      if (v < nnDist || (v === nnDist && j === prev)) {
        nnDist = v
        nn = j
      }
    }
    if (nn === prev) {
      chain.pop()
      chain.pop()
      const i = Math.min(top, prev)
      const j = Math.max(top, prev)
      const ni = size[i]
      const nj = size[j]
      raw.push({ a: label[i], b: label[j], height: Math.sqrt(nnDist), size: ni + nj })
      // Lance-Williams on squared distances: D(ij,k) = ((ni+nk)D(i,k) + (nj+nk)D(j,k) − nk D(i,j)) / (ni+nj+nk)
      for (let k = 0; k < n; k++) {
        if (!active[k] || k === i || k === j) continue
        const nk = size[k]
        const v = ((ni + nk) * dist[i * n + k] + (nj + nk) * dist[j * n + k] - nk * nnDist) / (ni + nj + nk)
        dist[i * n + k] = v
        dist[k * n + i] = v
      }
      active[j] = 0
      size[i] = ni + nj
      label[i] = -raw.length // provisional: replaced by the final id after sorting
      remaining--
    } else {
      chain.push(nn)
    }
  }
  return relabel(raw, n)
}

/**
 * NN-chain finds merges out of height order; sort them (stable) and renumber the clusters they create.
 * Provisional ids are −m for the m-th raw merge.
 */
function relabel(raw: Merge[], n: number): Merge[] {
  const order = raw.map((_, i) => i).sort((p, q) => raw[p].height - raw[q].height || p - q)
  const finalId = new Int32Array(raw.length + 1)
  order.forEach((rawIndex, m) => (finalId[rawIndex + 1] = n + m))
  const id = (v: number) => (v < 0 ? finalId[-v] : v)
  return order.map((rawIndex) => {
    const m = raw[rawIndex]
    const a = id(m.a)
    const b = id(m.b)
    return { a: Math.min(a, b), b: Math.max(a, b), height: m.height, size: m.size }
  })
}

/**
 * Flat clusters by undoing the last k − 1 merges: labels 0..k-1 numbered by first appearance over the
 * points, so the labelling is deterministic.
 */
export function cutTree(merges: Merge[], n: number, k: number): Int32Array {
  if (k < 1 || k > n) throw new RangeError(`k must be between 1 and ${n}`)
  const parent = Int32Array.from({ length: 2 * n - 1 }, (_, i) => i)
  const find = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]]
      v = parent[v]
    }
    return v
  }
  for (let m = 0; m < n - k; m++) {
    const c = n + m
    parent[find(merges[m].a)] = c
    parent[find(merges[m].b)] = c
  }
  const labels = new Int32Array(n)
  const seen = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    const r = find(i)
    let l = seen.get(r)
    if (l === undefined) {
      l = seen.size
      seen.set(r, l)
    }
    labels[i] = l
  }
  return labels
}
