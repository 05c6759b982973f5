import { planPromotions, saleAt } from "../plan-promotions"
import { DemandCalendar } from "../seasonality"
import { Rng } from "../prng"
import { blackFriday, iso, laborDay, monthStart, parseDate } from "../time"

const day = (s: string) => parseDate(s)

describe("calendar helpers", () => {
  it.each([
    [2024, "2024-11-29"],
    [2025, "2025-11-28"],
    [2026, "2026-11-27"],
  ])("Black Friday %i is %s", (year, date) => {
    expect(iso(blackFriday(year)).slice(0, 10)).toBe(date)
  })

  it.each([
    [2024, "2024-09-02"],
    [2025, "2025-09-01"],
  ])("Labor Day %i is %s", (year, date) => {
    expect(iso(laborDay(year)).slice(0, 10)).toBe(date)
  })

  it("parses only real dates", () => {
    expect(parseDate("2024-02-29")).toBe(Date.UTC(2024, 1, 29))
    expect(() => parseDate("2025-02-29")).toThrow(/not a calendar date/)
    expect(() => parseDate("2025-2-1")).toThrow(/YYYY-MM-DD/)
  })

  it("moves by months", () => {
    expect(iso(monthStart(day("2025-10-31"), -12))).toBe("2024-10-01T00:00:00.000Z")
    expect(iso(monthStart(day("2025-01-15"), 1))).toBe("2025-02-01T00:00:00.000Z")
  })
})

describe("planPromotions", () => {
  it("runs each annual sale once, in the occurrence that overlaps the history most", () => {
    const { promotions } = planPromotions(day("2024-10-01"), day("2025-11-01"))
    const get = (code: string) => promotions.find((p) => p.code === code)!
    expect(get("BLACKFRIDAY25")).toMatchObject({ startsAt: "2024-11-29T00:00:00.000Z", endsAt: "2024-12-02T23:59:59.999Z" })
    expect(get("SUMMER20")).toMatchObject({ startsAt: "2025-06-27T00:00:00.000Z", endsAt: "2025-07-17T23:59:59.999Z" })
    expect(get("LABORDAY15")).toMatchObject({ type: "fixed", currency_code: "usd", regionKeys: ["reg_na"] })
    expect(get("WELCOME10")).toMatchObject({ firstOrderOnly: true, type: "percentage", value: 10 })
    expect(new Set(promotions.map((p) => p.code)).size).toBe(promotions.length)
  })

  it("lifts demand in every occurrence of a sale inside history", () => {
    const { lifts } = planPromotions(day("2024-11-01"), day("2025-12-01"))
    const blackFridays = lifts.filter((l) => l.lift === 2.4).map((l) => iso(l.from).slice(0, 10))
    expect(blackFridays).toEqual(["2024-11-29", "2025-11-28"])
  })

  it("tells which sale runs at a time in a region", () => {
    const { windows } = planPromotions(day("2024-10-01"), day("2025-11-01"))
    expect(saleAt(windows, "reg_eu", day("2024-11-30"))?.code).toBe("BLACKFRIDAY25")
    expect(saleAt(windows, "reg_eu", day("2025-03-20"))?.code).toBe("SPRING15")
    expect(saleAt(windows, "reg_na", day("2025-03-20"))).toBeNull() // SPRING15 is Europe only
    expect(saleAt(windows, "reg_eu", day("2025-05-20"))).toBeNull()
  })
})

describe("DemandCalendar", () => {
  const start = day("2024-10-01")
  const end = day("2025-11-01")
  const { windows, lifts } = planPromotions(start, end)
  const calendar = new DemandCalendar(start, end, windows, lifts, ["reg_eu", "reg_na"])

  it("draws inside the requested window, on whole seconds", () => {
    const rng = new Rng(1, "calendar")
    const from = day("2025-03-03") + 123_456
    const to = day("2025-03-05")
    const times = Array.from({ length: 2000 }, () => calendar.sample(rng, "reg_eu", "base", from, to))
    expect(times.filter((t) => !(t >= from && t < to && t % 1000 === 0))).toEqual([])
  })

  it("puts more demand in December than in February, and bargain demand into sales", () => {
    const rng = new Rng(2, "calendar")
    let dec = 0
    let feb = 0
    let bargainInSale = 0
    for (let i = 0; i < 20_000; i++) {
      const month = new Date(calendar.sample(rng, "reg_eu", "base", start, end)).getUTCMonth()
      if (month === 11) dec++
      if (month === 1) feb++
      if (saleAt(windows, "reg_eu", calendar.sample(rng, "reg_eu", "bargain", start, end))) bargainInSale++
    }
    expect(dec).toBeGreaterThan(feb * 2)
    expect(bargainInSale / 20_000).toBeGreaterThan(0.55)
  })

  it("spaces stratified draws evenly through demand", () => {
    const times = calendar.stratified(new Rng(3, "calendar"), "reg_na", "base", start, end, 24)
    expect(times).toHaveLength(24)
    expect([...times].sort((a, b) => a - b)).toEqual(times)
    const months = new Set(times.map((t) => new Date(t).toISOString().slice(0, 7)))
    expect(months.size).toBeGreaterThanOrEqual(11)
  })
})
