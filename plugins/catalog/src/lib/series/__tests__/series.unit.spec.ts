import { isoDay, periodAt, periodIndex, periodStart, weekStartMonday } from "../calendar"
import { classifyDemand } from "../demand-class"
import { DemandSeriesBuilder, closedPeriods, firstSale } from "../demand-series"
import { syntheticDemandSet } from "../synthetic-demand"

const day = (s: string) => Date.parse(`${s}T00:00:00Z`)

describe("calendar", () => {
  it.each([
    ["2011-11-07", "2011-11-07"], // a Monday
    ["2011-11-09", "2011-11-07"],
    ["2011-11-13", "2011-11-07"], // Sunday belongs to the week that started on Monday
    ["2011-11-14", "2011-11-14"],
    ["1970-01-01", "1969-12-29"],
  ])("the week of %s starts on %s", (d, monday) => expect(isoDay(weekStartMonday(day(d) + 13 * 3600_000))).toBe(monday))
  it("period index and start, weekly and daily", () => {
    const origin = day("2010-11-29")
    expect(periodIndex(day("2011-11-07"), origin, "week")).toBe(49)
    expect(isoDay(periodAt(origin, 49, "week"))).toBe("2011-11-07")
    expect(periodIndex(day("2010-12-01") + 5, origin, "day")).toBe(2)
    expect(isoDay(periodStart(day("2010-12-01") + 5, "day"))).toBe("2010-12-01")
  })
})

describe("DemandSeriesBuilder", () => {
  const origin = day("2025-01-06")
  it("sums units and lines per key and period, keeps sizes, prices and promotion shares, ignores returns and out-of-window lines", () => {
    const b = new DemandSeriesBuilder({ origin, periods: 3, granularity: "week", sizeWindow: 2 })
    const t = (w: number, d = 1) => origin + w * 7 * 86_400_000 + d * 86_400_000
    expect(b.add("v1", { time: t(0), quantity: 2, unitPrice: 1000 })).toBe(true)
    b.add("v1", { time: t(0, 3), quantity: 4, unitPrice: 700, promoted: true })
    b.add("v1", { time: t(2), quantity: 1, unitPrice: 1000 })
    expect(b.add("v1", { time: t(1), quantity: -3 })).toBe(false)
    expect(b.add("v1", { time: t(3), quantity: 5 })).toBe(false)
    expect(b.add("v1", { time: origin - 1, quantity: 5 })).toBe(false)
    b.add("v2", { time: t(1), quantity: 3 })
    const s = b.get("v1")!
    expect(Array.from(s.units)).toEqual([6, 0, 1])
    expect(Array.from(s.lines!)).toEqual([2, 0, 1])
    expect(s.price![0]).toBeCloseTo((2 * 1000 + 4 * 700) / 6, 12)
    expect(Number.isNaN(s.price![1])).toBe(true)
    expect(s.promo![0]).toBeCloseTo(4 / 6, 12)
    // only the last two periods' line sizes are kept
    expect(Array.from(s.sizes!)).toEqual([1])
    expect(b.keys().sort()).toEqual(["v1", "v2"])
    expect(Array.from(b.aggregate().units)).toEqual([6, 3, 1])
  })
  it("closed periods: the aggregate sold under 30 % of its median, or nothing before the first sale", () => {
    expect(Array.from(closedPeriods([0, 0, 100, 90, 5, 110, 95]))).toEqual([1, 1, 0, 0, 1, 0, 0])
    expect(firstSale([0, 0, 3])).toBe(2)
  })
})

describe("demand classes (Syntetos, Boylan & Croston 2005)", () => {
  it.each([
    ["smooth", [10, 11, 9, 10, 12, 10, 9, 11, 10, 10]],
    ["erratic", [1, 30, 2, 25, 1, 40, 3, 2, 35, 1]],
    ["intermittent", [5, 0, 0, 5, 0, 6, 0, 0, 5, 0]],
    ["lumpy", [1, 0, 0, 40, 0, 2, 0, 0, 30, 0]],
    ["new", [0, 0, 0, 0, 0, 0, 0, 3, 4, 5]],
    ["inactive", [0, 0, 0, 0]],
  ])("%s: %p", (cls, y) => expect(classifyDemand(y, { minPeriods: 4 }).cls).toBe(cls))
  it("ADI and CV² are computed over the periods since the first sale", () => {
    const c = classifyDemand([0, 0, 4, 0, 4, 0], { minPeriods: 2 })
    expect(c.adi).toBe(2)
    expect(c.cv2).toBe(0)
  })
})

describe("synthetic demand", () => {
  it("is deterministic per seed and series index, and mixes sparse and busy series", () => {
    const a = syntheticDemandSet(200, { periods: 52, seed: 3 })
    const b = syntheticDemandSet(10, { periods: 52, seed: 3 })
    expect(Array.from(a[7].units)).toEqual(Array.from(b[7].units))
    const classes = new Set(a.map((s) => classifyDemand(s.units).cls))
    expect(classes.has("lumpy") || classes.has("intermittent")).toBe(true)
    expect(classes.has("smooth") || classes.has("erratic")).toBe(true)
    // sizes add up to units
    const s = a[11]
    expect(Array.from(s.sizes!).reduce((x, y) => x + y, 0)).toBe(Array.from(s.units).reduce((x, y) => x + y, 0))
  })
})
