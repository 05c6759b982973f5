/**
 * A bounded map with per-entry age, for serving caches: entries older than `ttlMs` read as stale (the caller may
 * refresh them in the background), the oldest entries are dropped past `max`. No timers: time is passed in.
 */
export class TtlMap<K, V> {
  private readonly m = new Map<K, { v: V; at: number }>()
  constructor(private readonly ttlMs: number, private readonly max: number) {}

  get size() {
    return this.m.size
  }

  /** The value and whether it is fresh; undefined when absent. */
  peek(k: K, now: number): { value: V; fresh: boolean } | undefined {
    const e = this.m.get(k)
    return e ? { value: e.v, fresh: now - e.at < this.ttlMs } : undefined
  }

  /** The value when fresh, else undefined. */
  get(k: K, now: number): V | undefined {
    const e = this.m.get(k)
    return e && now - e.at < this.ttlMs ? e.v : undefined
  }

  set(k: K, v: V, now: number) {
    if (this.m.has(k)) this.m.delete(k)
    this.m.set(k, { v, at: now })
    if (this.m.size > this.max) {
      // Map iterates in insertion order: the first keys are the oldest
      const drop = Math.ceil(this.max / 10)
      let i = 0
      for (const key of this.m.keys()) {
        if (i++ >= drop) break
        this.m.delete(key)
      }
    }
  }

  delete(k: K) {
    this.m.delete(k)
  }

  clear() {
    this.m.clear()
  }

  keys() {
    return this.m.keys()
  }
}
