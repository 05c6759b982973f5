import { cleanEvents, countReasons, DEFAULT_CLEANING, isBotUserAgent } from "../clean-events"
import { FixedWindowCounter } from "../fixed-window"

const now = Date.parse("2026-05-01T12:00:00Z")
const known = new Set(["prod_a", "prod_b"])
const opts = { ...DEFAULT_CLEANING, now, isKnownProduct: (id: string) => known.has(id), botUserAgent: false }
const ev = (id: string, anon: string, time: number, product_ids: string[] = []) => ({ id, anonymous_id: anon, time, product_ids })

describe("cleanEvents", () => {
  it("drops duplicates, impossible timestamps and unknown products, with reasons", () => {
    const r = cleanEvents(
      [
        ev("e1", "a", now - 1000, ["prod_a"]),
        ev("e1", "a", now - 1000, ["prod_a"]), // same client id again
        ev("e2", "a", now + 2 * 86_400_000), // two days ahead
        ev("e3", "a", now - 8 * 86_400_000), // eight days old
        ev("e4", "a", now - 500, ["prod_zzz"]),
        ev("e5", "a", now + 10 * 60_000), // ten minutes ahead: clock skew, kept at server time
      ],
      opts
    )
    expect(r.kept.map((k) => [k.event.id, k.flags, k.time])).toEqual([
      ["e1", [], now - 1000],
      ["e5", ["clock_skew"], now],
    ])
    expect(r.dropped.map((d) => [d.event.id, d.reason])).toEqual([
      ["e1", "duplicate"],
      ["e2", "future_timestamp"],
      ["e3", "stale_timestamp"],
      ["e4", "unknown_product"],
    ])
    expect(countReasons(r.dropped, "reason")).toEqual({ duplicate: 1, future_timestamp: 1, stale_timestamp: 1, unknown_product: 1 })
  })

  it("flags a bot-like burst of one visitor but not a busy second of many visitors", () => {
    const burst = Array.from({ length: 25 }, (_, i) => ev(`b${i}`, "bot", now - 5000 + i * 10))
    const crowd = Array.from({ length: 25 }, (_, i) => ev(`c${i}`, `visitor-${i}`, now - 5000 + i * 10))
    const slow = Array.from({ length: 30 }, (_, i) => ev(`s${i}`, "reader", now - 60_000 + i * 1500))
    const r = cleanEvents([...burst, ...crowd, ...slow], { ...opts, burstPerSecond: 20 })
    const flagged = r.kept.filter((k) => k.flags.includes("bot_burst")).map((k) => k.event.anonymous_id)
    expect(flagged).toHaveLength(25)
    expect(new Set(flagged)).toEqual(new Set(["bot"]))
    expect(countReasons(r.kept, "flags")).toEqual({ bot_burst: 25 })
  })

  it("drops everything from a crawler's user agent", () => {
    expect(isBotUserAgent("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).toBe(true)
    expect(isBotUserAgent("Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0")).toBe(true)
    expect(isBotUserAgent("Mozilla/5.0 (Macintosh) Safari/605.1.15")).toBe(false)
    expect(isBotUserAgent("node")).toBe(false)
    const r = cleanEvents([ev("x", "a", now)], { ...opts, botUserAgent: true })
    expect(r.dropped).toEqual([{ event: ev("x", "a", now), reason: "bot_user_agent" }])
  })
})

describe("FixedWindowCounter", () => {
  it("counts per key and window and resets at the window boundary", () => {
    const c = new FixedWindowCounter(60_000)
    const t = 1_800_000_000_000 // a multiple of 60 s
    expect(c.add("ip", 40, t)).toBe(40)
    expect(c.add("ip", 40, t + 59_999)).toBe(80)
    expect(c.add("other", 1, t + 1)).toBe(1)
    expect(c.add("ip", 5, t + 60_000)).toBe(5)
    expect(c.retryAfterMs(t + 15_000)).toBe(45_000)
  })

  it("evicts old windows when full", () => {
    const c = new FixedWindowCounter(1000, 3)
    c.add("a", 1, 0)
    c.add("b", 1, 0)
    c.add("c", 1, 0)
    expect(c.add("d", 1, 1000)).toBe(1)
    expect(c.add("a", 1, 1000)).toBe(1)
  })
})
