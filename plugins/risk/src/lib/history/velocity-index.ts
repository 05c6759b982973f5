import type { VelocityDimension } from "../signals/types"

/**
 * In-memory velocity counters for replaying history in time order (the glue keeps the same counts in the
 * database): per identifier a sorted array of order times, counted by binary search in O(log n).
 */
export class VelocityIndex {
  private readonly times = new Map<string, number[]>()

  /** Records an order under a key; times must not go backwards per key. */
  add(dimension: VelocityDimension, key: string, at: number): void {
    const id = `${dimension}|${key}`
    const list = this.times.get(id)
    if (!list) this.times.set(id, [at])
    else {
      if (at < list[list.length - 1]) throw new RangeError("VelocityIndex.add: times must be added in order")
      list.push(at)
    }
  }

  /** Orders recorded under the key at or after `at − hours` and at or before `at`. */
  count(dimension: VelocityDimension, key: string, at: number, hours: number): number {
    const list = this.times.get(`${dimension}|${key}`)
    if (!list) return 0
    const from = at - hours * 3_600_000
    return upperBound(list, at) - lowerBound(list, from)
  }

  get keys(): number {
    return this.times.size
  }
}

function lowerBound(a: number[], x: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (a[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

function upperBound(a: number[], x: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (a[mid] <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}
