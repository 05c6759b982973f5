import { compareWithPrevious, previousPeriod, relativeChange } from "../previous-period"

const t = (iso: string) => Date.parse(iso)

describe("previousPeriod", () => {
  it("is the same-length period ending just before `from`", () => {
    const march = { from: t("2011-03-01T00:00:00Z"), to: t("2011-04-01T00:00:00Z") }
    // 31 days back from March 1st
    expect(previousPeriod(march)).toEqual({ from: t("2011-01-29T00:00:00Z"), to: t("2011-03-01T00:00:00Z") })
  })

  it("works for a 7-day window", () => {
    const week = { from: t("2011-03-07T00:00:00Z"), to: t("2011-03-14T00:00:00Z") }
    expect(previousPeriod(week)).toEqual({ from: t("2011-02-28T00:00:00Z"), to: t("2011-03-07T00:00:00Z") })
  })

  it("rejects an empty or inverted period", () => {
    expect(() => previousPeriod({ from: 10, to: 10 })).toThrow(RangeError)
    expect(() => previousPeriod({ from: 10, to: 5 })).toThrow(RangeError)
  })
})

describe("relativeChange", () => {
  it.each([
    [125, 100, 0.25],
    [50, 100, -0.5],
    [100, 100, 0],
    [0, 100, -1],
    [-50, -100, 0.5], // a loss that halves is an improvement
  ])("from %p to %p is %p", (current, base, change) => {
    expect(relativeChange(current, base)).toBeCloseTo(change, 12)
  })

  it("is null when the base is 0", () => {
    expect(relativeChange(10, 0)).toBeNull()
    expect(relativeChange(0, 0)).toBeNull()
  })

  it("packs both values with the change", () => {
    expect(compareWithPrevious(30, 20)).toEqual({ current: 30, previous: 20, change: 0.5 })
  })
})
