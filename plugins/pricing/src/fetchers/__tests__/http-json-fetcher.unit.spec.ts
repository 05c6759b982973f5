import { fetchAll } from "../fetch-all"
import { HostRateLimiter } from "../host-rate-limiter"
import { HttpJsonFetcher, parseRetryAfter } from "../http-json-fetcher"
import { parseJsonPath, selectJsonPath } from "../json-path"
import { readAvailability, readDecimal } from "../map-offer"
import { FETCHERS } from "../registry"
import { FetchError, type FetchClock } from "../types"
import { startFakeCompetitor, type FakeServer } from "./fake-competitor-server"

const NOW = Date.UTC(2024, 5, 10, 12)
// real waiting (the server is real), a fixed "now" for observation times
const clock: FetchClock = {
  now: () => NOW,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
}
const simple = { price: "price", currency: "currency", inStock: "stock" }
const target = { competitorId: "shopA", variantId: "v1" }

let server: FakeServer
beforeAll(async () => {
  server = await startFakeCompetitor()
})
afterAll(async () => {
  await server.close()
})

describe("HTTP/JSON fetcher against a fake competitor on 127.0.0.1", () => {
  it("maps a list of offers, picks the matched one, reads prices and availability as shops write them", async () => {
    const f = new HttpJsonFetcher(
      {
        urlTemplate: `${server.url}/api/offers?gtin={gtin}&sku={sku}`,
        requestsPerSecond: 100,
        mapping: { items: "$.data.offers[*]", match: { path: "sku", equals: "{sku}" }, price: "price", currency: "currency", inStock: "availability", observedAt: "updated" },
      },
      { clock }
    )
    const [a] = await f.fetch({ ...target, gtin: "04006381333931", sku: "MUG-BLUE" })
    expect(a).toEqual({ competitorId: "shopA", variantId: "v1", offerId: null, price: 1299, currencyCode: "eur", inStock: true, observedAt: Date.UTC(2024, 5, 9, 8), url: `${server.url}/api/offers?gtin=04006381333931&sku=MUG-BLUE` })
    const [b] = await f.fetch({ ...target, gtin: "00036000291452", sku: "MUG RED" }) // the space is URL-encoded
    expect(b).toMatchObject({ price: 750, inStock: false })
    expect(await f.fetch({ ...target, gtin: "00000000000017", sku: "X" })).toEqual([])
    await expect(f.fetch({ ...target, sku: "X" })).rejects.toMatchObject({ kind: "config", message: expect.stringMatching(/\{gtin\}/) })
  })

  it("retries 429 (honouring Retry-After) and 500 with backoff, then succeeds", async () => {
    const f = new HttpJsonFetcher({ urlTemplate: `${server.url}/rate-limited?fail=2&id={variantId}`, retries: 3, backoffMs: 20, requestsPerSecond: 1000, mapping: { ...simple, priceUnit: "minor" } }, { clock })
    const t0 = performance.now()
    expect(await f.fetch(target)).toEqual([expect.objectContaining({ price: 1099, currencyCode: "gbp", inStock: true, observedAt: NOW })])
    expect(performance.now() - t0).toBeGreaterThanOrEqual(20 + 40 - 5) // backoff 20 then 40 ms
    const g = new HttpJsonFetcher({ urlTemplate: `${server.url}/broken?fail=1`, retries: 2, backoffMs: 5, requestsPerSecond: 1000, mapping: { ...simple, priceUnit: "minor" } }, { clock })
    expect(await g.fetch(target)).toEqual([expect.objectContaining({ inStock: false })])
    expect(server.hits.get("/broken")).toHaveLength(2)
  })

  it("gives up after the retries with the status and the attempts", async () => {
    const f = new HttpJsonFetcher({ urlTemplate: `${server.url}/broken?fail=99`, retries: 2, backoffMs: 1, requestsPerSecond: 1000, mapping: simple }, { clock })
    await expect(f.fetch(target)).rejects.toMatchObject({ kind: "http", details: { status: 500, attempts: 3 }, message: expect.stringMatching(/HTTP 500 .* \(after 3 attempts\)/) })
  })

  it("times out a slow answer per attempt", async () => {
    const f = new HttpJsonFetcher({ urlTemplate: `${server.url}/slow?ms=3000`, timeoutMs: 60, retries: 1, backoffMs: 1, requestsPerSecond: 1000, mapping: simple }, { clock })
    const t0 = performance.now()
    await expect(f.fetch(target)).rejects.toMatchObject({ kind: "timeout", details: { attempts: 2 } })
    expect(performance.now() - t0).toBeLessThan(2000) // two 60 ms attempts, not the server's 3 s
    const patient = new HttpJsonFetcher({ urlTemplate: `${server.url}/slow?ms=30`, timeoutMs: 2000, mapping: simple }, { clock })
    expect(await patient.fetch(target)).toHaveLength(1)
  })

  it("does not retry what a retry cannot fix: 404, not JSON, an unmappable answer", async () => {
    const base = { retries: 3, backoffMs: 1, requestsPerSecond: 1000 }
    await expect(new HttpJsonFetcher({ ...base, urlTemplate: `${server.url}/missing`, mapping: simple }, { clock }).fetch(target)).rejects.toMatchObject({ kind: "http", details: { status: 404, attempts: 1 } })
    await expect(new HttpJsonFetcher({ ...base, urlTemplate: `${server.url}/garbage`, mapping: simple }, { clock }).fetch(target)).rejects.toMatchObject({ kind: "parse", details: { attempts: 1 } })
    await expect(new HttpJsonFetcher({ ...base, urlTemplate: `${server.url}/rate-limited`, mapping: { ...simple, price: "nope" } }, { clock }).fetch(target)).rejects.toMatchObject({ kind: "mapping", message: expect.stringMatching(/price undefined at nope/) })
    expect(server.hits.get("/missing")).toHaveLength(1)
    expect(server.hits.get("/garbage")).toHaveLength(1)
  })

  it("keeps to the per-host rate limit across concurrent requests", async () => {
    // request starts are taken where the fetcher sends them: arrival times at the server can bunch up when a
    // loaded machine is slow to open the first connection, which says nothing about the limiter
    const sent: number[] = []
    const spy: typeof fetch = (input, init) => {
      sent.push(performance.now())
      return fetch(input, init)
    }
    const f = new HttpJsonFetcher({ urlTemplate: `${server.url}/rate-limited?v={variantId}`, requestsPerSecond: 25, mapping: { ...simple, priceUnit: "minor" } }, { clock, fetch: spy })
    const targets = Array.from({ length: 6 }, (_, i) => ({ competitorId: "shopA", variantId: `rl${i}` }))
    const before = server.hits.get("/rate-limited")?.length ?? 0
    const progress: number[] = []
    const r = await fetchAll(f, targets, { concurrency: 6, onProgress: (d) => progress.push(d) })
    expect(r.errors).toEqual([])
    expect(r.observations.map((o) => o.variantId)).toEqual(targets.map((t) => t.variantId))
    expect(progress).toEqual([1, 2, 3, 4, 5, 6])
    expect(server.hits.get("/rate-limited")!.length - before).toBe(6)
    // 25 per second = one slot every 40 ms: request i never starts before slot i (a late timer can only delay it)
    expect(sent).toHaveLength(6)
    for (let i = 1; i < 6; i++) expect(sent[i] - sent[0]).toBeGreaterThanOrEqual(i * 40 - 2)
  })

  it("collects per-match errors without stopping the run, and posts bodies", async () => {
    const f = new HttpJsonFetcher({ urlTemplate: `${server.url}/{offerId}`, retries: 0, requestsPerSecond: 1000, mapping: simple }, { clock })
    const r = await fetchAll(f, [{ ...target, offerId: "missing" }, { ...target, offerId: "garbage" }, { ...target, offerId: "down" }])
    expect(r.errors.map((e) => [e.target.offerId, e.kind, e.status ?? null]).sort()).toEqual([
      ["down", "http", 503],
      ["garbage", "parse", 200],
      ["missing", "http", 404],
    ])
    const post = new HttpJsonFetcher({ urlTemplate: `${server.url}/post`, method: "POST", body: '{"sku":"{sku}"}', headers: { "content-type": "application/json" }, mapping: { price: "price", currency: "currency", offerId: "echo.sku" } }, { clock })
    expect(await post.fetch({ ...target, sku: "A 1" })).toEqual([expect.objectContaining({ price: 500, currencyCode: "usd", offerId: "A 1" })])
  })

  it("rejects a bad config naming the field", () => {
    expect(() => new HttpJsonFetcher({ urlTemplate: "x", mapping: { price: "p" } } as never)).toThrow(/mapping.currency/)
    expect(() => new HttpJsonFetcher({ urlTemplate: "x", timeoutMs: 1, mapping: simple } as never)).toThrow(/timeoutMs/)
    expect(FETCHERS.http_json.create({ urlTemplate: "http://127.0.0.1/{gtin}", mapping: simple }).code).toBe("http_json")
  })
})

describe("fetcher helpers", () => {
  it("selects JSON paths", () => {
    const doc = { data: { offers: [{ p: 1 }, { p: 2 }], "unit price": 3 } }
    expect(selectJsonPath(doc, "$.data.offers[*].p")).toEqual([1, 2])
    expect(selectJsonPath(doc, "data.offers[1].p")).toEqual([2])
    expect(selectJsonPath(doc, "data['unit price']")).toEqual([3])
    expect(selectJsonPath(doc, "data.nothing.here")).toEqual([])
    expect(() => parseJsonPath("a[")).toThrow(/unclosed/)
  })
  it.each([
    ["12.99", "12.99"],
    ["12,99", "12.99"],
    ["€ 1,299.00", "1299.00"],
    ["1.299,00 €", "1299.00"],
    ["1,299", "1299"],
    [12.5, "12.5"],
    ["free", null],
    [-1, null],
  ])("reads the price %p as %p", (v, want) => expect(readDecimal(v)).toBe(want))
  it.each([
    ["https://schema.org/InStock", true],
    ["http://schema.org/OutOfStock", false],
    ["in_stock", true],
    ["Sold out", false],
    [0, false],
    ["12", true],
    [true, true],
    ["maybe", null],
  ])("reads availability %p as %p", (v, want) => expect(readAvailability(v)).toBe(want))
  it("parses Retry-After and spaces a host's slots with an injected clock", async () => {
    expect(parseRetryAfter("3", NOW)).toBe(3000)
    expect(parseRetryAfter(new Date(NOW + 5000).toUTCString(), NOW)).toBe(5000)
    expect(parseRetryAfter("soon", NOW)).toBeNull()
    let t = 0
    const waits: number[] = []
    const fake: FetchClock = { now: () => t, sleep: async (ms) => void waits.push(ms) }
    const l = new HostRateLimiter(4, fake)
    for (let i = 0; i < 3; i++) await l.acquire("a.example")
    await l.acquire("b.example")
    t = 1000
    await l.acquire("a.example")
    expect(waits).toEqual([250, 500]) // a: 0, 250, 500; b: free; a at 1000: its slot is free again
    expect(() => new HostRateLimiter(0)).toThrow(RangeError)
    expect(new FetchError("timeout", "x").name).toBe("FetchError")
  })
})
