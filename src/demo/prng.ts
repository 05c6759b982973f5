/**
 * Seeded randomness for the demo planner: sfc32 (small, fast, passes PractRand for this use), seeded per
 * named stream so that, for example, adding a customer never changes the catalog.
 */

/** FNV-1a over a string, 32-bit: turns (seed, stream name) into sfc32 state words. */
function fnv1a(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A bijective 32-bit mixer (Chris Wellons' lowbias32): distinct inputs give distinct outputs. */
export function mix32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0
  x = Math.imul(x, 0x7feb352d)
  x = (x ^ (x >>> 15)) >>> 0
  x = Math.imul(x, 0x846ca68b)
  return (x ^ (x >>> 16)) >>> 0
}

export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number, stream: string) {
    const s = `${seed}:${stream}`
    this.a = fnv1a(s, 0x811c9dc5)
    this.b = fnv1a(s, 0x9e3779b9)
    this.c = fnv1a(s, 0x85ebca6b)
    this.d = 1
    for (let i = 0; i < 15; i++) this.next()
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** Float in [min, max). */
  range(min: number, max: number): number {
    return min + this.next() * (max - min)
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }

  /** Picks by relative weights (need not sum to 1). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0
    for (const w of weights) total += w
    let u = this.next() * total
    for (let i = 0; i < items.length; i++) {
      u -= weights[i]
      if (u < 0) return items[i]
    }
    return items[items.length - 1]
  }

  /** Fisher–Yates in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const tmp = items[i]
      items[i] = items[j]
      items[j] = tmp
    }
    return items
  }

  /** Rounds x up or down at random so the expectation is x (1.3 → 1 or 2, 2 with probability 0.3). */
  round(x: number): number {
    const f = Math.floor(x)
    return f + (this.next() < x - f ? 1 : 0)
  }

  /** Standard normal via Box–Muller. */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next()
    const v = this.next()
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
}

/**
 * Weighted sampling over indexes by a cumulative table; `sampleBetween` restricts to a contiguous index range
 * (used for days inside a customer's active window).
 */
export class WeightedIndex {
  readonly cumulative: Float64Array
  readonly ids: Int32Array

  /** `weights[i]` for item `ids[i]` (ids default to 0..n-1); zero weights are never drawn. */
  constructor(weights: ArrayLike<number>, ids?: ArrayLike<number>) {
    const n = weights.length
    this.cumulative = new Float64Array(n + 1)
    for (let i = 0; i < n; i++) this.cumulative[i + 1] = this.cumulative[i] + Math.max(0, weights[i])
    this.ids = ids ? Int32Array.from(ids) : Int32Array.from({ length: n }, (_, i) => i)
  }

  get size(): number {
    return this.ids.length
  }

  get total(): number {
    return this.cumulative[this.cumulative.length - 1]
  }

  /** Mass of positions [lo, hi). */
  mass(lo: number, hi: number): number {
    return this.cumulative[hi] - this.cumulative[lo]
  }

  /** Position (not id) whose cumulative interval holds `target`. */
  positionAt(target: number): number {
    let lo = 0
    let hi = this.ids.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.cumulative[mid + 1] <= target) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** Draws an id with probability proportional to its weight. */
  sample(rng: Rng): number {
    return this.ids[this.positionAt(rng.next() * this.total)]
  }

  /** Position in [lo, hi) for a uniform u in [0, 1), by weight; -1 when the range has no weight. */
  positionBetween(u: number, lo: number, hi: number): number {
    const m = this.mass(lo, hi)
    if (!(m > 0)) return -1
    const p = this.positionAt(this.cumulative[lo] + u * m)
    return Math.min(Math.max(p, lo), hi - 1)
  }
}
