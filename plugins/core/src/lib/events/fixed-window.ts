/**
 * Fixed-window counters for rate limits, in memory (one process). The Redis variant keeps the same windows so
 * several server processes share one limit. `now` is passed in so the logic is testable.
 */
export class FixedWindowCounter {
  private readonly counts = new Map<string, { window: number; count: number }>()

  constructor(private readonly windowMs: number, private readonly maxKeys = 100_000) {}

  /** Adds `n` to the key's current window and returns the window's total. */
  add(key: string, n: number, now: number): number {
    const window = Math.floor(now / this.windowMs)
    const cur = this.counts.get(key)
    if (!cur || cur.window !== window) {
      if (this.counts.size >= this.maxKeys) this.evict(window)
      this.counts.set(key, { window, count: n })
      return n
    }
    cur.count += n
    return cur.count
  }

  /** Milliseconds until the current window ends. */
  retryAfterMs(now: number): number {
    return this.windowMs - (now % this.windowMs)
  }

  private evict(window: number) {
    for (const [k, v] of this.counts) if (v.window !== window) this.counts.delete(k)
    // still full: every key is in the current window; drop the oldest inserted half
    if (this.counts.size >= this.maxKeys) {
      let i = 0
      for (const k of this.counts.keys()) if (i++ < this.maxKeys / 2) this.counts.delete(k)
    }
  }
}
