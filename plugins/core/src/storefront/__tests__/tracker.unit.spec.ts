import { FinesseTracker, type QueuedEvent } from "../tracker"

function memory() {
  const m = new Map<string, string>()
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m }
}

function fakeSdk(responses: (number | "network")[]) {
  const calls: { path: string; init: any }[] = []
  return {
    calls,
    client: {
      fetch: async (path: string, init: any) => {
        calls.push({ path, init })
        const r = responses.shift() ?? 200
        if (r === "network") throw new TypeError("fetch failed")
        if (r >= 300) throw Object.assign(new Error(`status ${r}`), { status: r })
        return { accepted: init.body.events.length }
      },
    },
  }
}

describe("FinesseTracker", () => {
  let now = 1_800_000_000_000
  let n = 0
  const opts = () => ({ now: () => now, randomId: () => `id-${++n}`, listenToPageHide: false, flushIntervalMs: 60_000 })
  beforeEach(() => {
    n = 0
    now = 1_800_000_000_000
  })

  it("batches events with a stable anonymous id and a session that expires after inactivity", async () => {
    const sdk = fakeSdk([])
    const storage = memory()
    const t = new FinesseTracker({ sdk, storage, batchSize: 3, ...opts() })
    t.pageViewed({ path: "/" })
    now += 10 * 60_000
    t.productViewed({ product_id: "prod_1" })
    now += 31 * 60_000 // past the 30-minute session timeout
    t.searched({ query: "hat", result_count: 2 })
    await t.flush()
    expect(sdk.calls).toHaveLength(1)
    expect(sdk.calls[0].path).toBe("/store/finesse/events")
    const events: QueuedEvent[] = sdk.calls[0].init.body.events
    expect(events.map((e) => e.type)).toEqual(["page_viewed", "product_viewed", "search"])
    expect(new Set(events.map((e) => e.anonymous_id)).size).toBe(1)
    expect(events[0].session_id).toBe(events[1].session_id)
    expect(events[2].session_id).not.toBe(events[1].session_id)
    expect(events[0].timestamp).toBe(new Date(1_800_000_000_000).toISOString())
    expect(t.pending).toBe(0)
  })

  it("keeps events across a reload and retries with backoff after a network error or a 503", async () => {
    const sdk = fakeSdk(["network", 503, 200])
    const storage = memory()
    const errors: unknown[] = []
    const t = new FinesseTracker({ sdk, storage, retryBaseMs: 1000, onError: (e) => errors.push(e), ...opts() })
    t.pageViewed({ path: "/a" })
    await t.flush()
    expect(t.pending).toBe(1)
    await t.flush() // before the backoff ends: nothing is sent
    expect(sdk.calls).toHaveLength(1)
    // a reload: a new tracker on the same storage still has the event
    const t2 = new FinesseTracker({ sdk, storage, retryBaseMs: 1000, ...opts() })
    expect(t2.pending).toBe(1)
    now += 1000
    await t2.flush()
    expect(sdk.calls).toHaveLength(2) // 503: kept
    expect(t2.pending).toBe(1)
    now += 2000 // the second retry waits twice as long
    await t2.flush()
    expect(sdk.calls).toHaveLength(3)
    expect(t2.pending).toBe(0)
    expect(errors).toHaveLength(1)
  })

  it("drops a batch the API rejects as invalid, but keeps one that is rate-limited", async () => {
    const sdk = fakeSdk([429, 400])
    const dropped: QueuedEvent[][] = []
    const t = new FinesseTracker({ sdk, storage: memory(), onError: (_e, d) => d.length && dropped.push(d), ...opts() })
    t.cartItemAdded({ product_id: "p", variant_id: "v", quantity: 1 })
    await t.flush()
    expect(t.pending).toBe(1)
    now += 10_000
    await t.flush()
    expect(t.pending).toBe(0)
    expect(dropped[0].map((e) => e.type)).toEqual(["cart_item_added"])
  })

  it("sends with keepalive on page hide, in bodies small enough for the browser", async () => {
    const sdk = fakeSdk([])
    const t = new FinesseTracker({ sdk, storage: memory(), batchSize: 500, ...opts() })
    for (let i = 0; i < 400; i++) t.recommendationShown({ recommendation_id: `r${i}`, placement: "for_you", product_ids: Array.from({ length: 5 }, (_, k) => `prod_${i}_${k}`) })
    await t.flush({ keepalive: true })
    expect(sdk.calls.length).toBeGreaterThan(1)
    for (const c of sdk.calls) {
      expect(c.init.keepalive).toBe(true)
      expect(JSON.stringify(c.init.body).length).toBeLessThanOrEqual(60_000)
    }
    expect(sdk.calls.reduce((a, c) => a + c.init.body.events.length, 0)).toBe(400)
  })
})
