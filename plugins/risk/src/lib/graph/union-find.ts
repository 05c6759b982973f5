/**
 * Disjoint sets over 0..n-1 with union by size and path halving (Tarjan 1975; Cormen et al., Introduction to
 * Algorithms, ch. 21): near-constant time per operation. Grows on demand, so accounts can be added as they come.
 */
export class UnionFind {
  private parent: Int32Array
  private size: Int32Array
  private n = 0

  constructor(capacity = 16) {
    this.parent = new Int32Array(Math.max(1, capacity))
    this.size = new Int32Array(Math.max(1, capacity))
  }

  get count(): number {
    return this.n
  }

  /** Adds one singleton set and returns its element. */
  add(): number {
    if (this.n === this.parent.length) {
      const parent = new Int32Array(this.parent.length * 2)
      parent.set(this.parent)
      const size = new Int32Array(this.size.length * 2)
      size.set(this.size)
      this.parent = parent
      this.size = size
    }
    const i = this.n++
    this.parent[i] = i
    this.size[i] = 1
    return i
  }

  find(x: number): number {
    const p = this.parent
    while (p[x] !== x) {
      p[x] = p[p[x]]
      x = p[x]
    }
    return x
  }

  /** Joins the sets of a and b; returns [root kept, root absorbed], or null when they were already one set. */
  union(a: number, b: number): [number, number] | null {
    let ra = this.find(a)
    let rb = this.find(b)
    if (ra === rb) return null
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra]
    this.parent[rb] = ra
    this.size[ra] += this.size[rb]
    return [ra, rb]
  }

  setSize(x: number): number {
    return this.size[this.find(x)]
  }
}
