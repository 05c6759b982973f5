/**
 * Group commit: callers add one item each and await their own result, while the items that arrive during a
 * flush are written together in the next one. Under load this turns thousands of single-row updates per second
 * into a few multi-row statements; when idle an item is written on the next tick.
 */
export class GroupCommit<I, R> {
  private pending: { item: I; resolve: (r: R) => void; reject: (e: unknown) => void }[] = []
  private flushing = false
  private scheduled = false

  constructor(
    private readonly write: (items: I[]) => Promise<R[]>,
    private readonly maxBatch = 500
  ) {}

  add(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject })
      this.schedule()
    })
  }

  private schedule() {
    if (this.flushing || this.scheduled) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      void this.flush()
    })
  }

  private async flush() {
    if (this.flushing || !this.pending.length) return
    this.flushing = true
    const batch = this.pending.splice(0, this.maxBatch)
    try {
      const results = await this.write(batch.map((b) => b.item))
      batch.forEach((b, i) => b.resolve(results[i]))
    } catch (e) {
      batch.forEach((b) => b.reject(e))
    } finally {
      this.flushing = false
      if (this.pending.length) this.schedule()
    }
  }
}
