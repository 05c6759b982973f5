/**
 * Dense integer indices for string ids (customers, products). Models work on 0..n-1 so they can use typed arrays;
 * the id list is stored next to every trained model so that its indices can be mapped back after a reload.
 */
export class IdIndex {
  readonly ids: string[] = []
  private readonly byId = new Map<string, number>()

  /** Builds an index in the given order (callers sort when they want an order independent of input order). */
  static from(ids: Iterable<string>): IdIndex {
    const index = new IdIndex()
    for (const id of ids) index.add(id)
    return index
  }

  /** A sorted, de-duplicated index: the same set of ids always gets the same indices. */
  static sorted(ids: Iterable<string>): IdIndex {
    return IdIndex.from([...new Set(ids)].sort())
  }

  get size(): number {
    return this.ids.length
  }

  /** Returns the index of `id`, adding it at the end when new. */
  add(id: string): number {
    let i = this.byId.get(id)
    if (i === undefined) {
      i = this.ids.length
      this.ids.push(id)
      this.byId.set(id, i)
    }
    return i
  }

  /** Index of `id`, or -1 when unknown (a product created after the model was trained). */
  indexOf(id: string): number {
    return this.byId.get(id) ?? -1
  }

  has(id: string): boolean {
    return this.byId.has(id)
  }

  idAt(index: number): string {
    const id = this.ids[index]
    if (id === undefined) throw new RangeError(`no id at index ${index}`)
    return id
  }

  toJSON(): string[] {
    return this.ids.slice()
  }
}
