import { encodePeriodRows, seriesFromText } from "../demand-codec"

describe("demand series text form (what the forecast job reads from the database)", () => {
  const rows = [
    { t: 0, units: 5, lines: 2, revenue: 5000, promoUnits: 2, sizes: [2, 3] },
    { t: 3, units: 1, lines: 1, revenue: 900, promoUnits: 0, sizes: [1] },
    { t: 5, units: 12, lines: 1, revenue: 10800, promoUnits: 12, sizes: [12] },
  ]

  it("round-trips units, lines, net price, promotion share and line sizes", () => {
    const s = seriesFromText(encodePeriodRows(rows), 6)
    expect(Array.from(s.units)).toEqual([5, 0, 0, 1, 0, 12])
    expect(Array.from(s.lines!)).toEqual([2, 0, 0, 1, 0, 1])
    expect(s.price![0]).toBe(1000)
    expect(s.price![3]).toBe(900)
    expect(s.price![5]).toBe(900)
    expect(Number.isNaN(s.price![1])).toBe(true)
    expect(Array.from(s.promo!)).toEqual([0.4, 0, 0, 0, 0, 1])
    expect(Array.from(s.sizes!)).toEqual([2, 3, 1, 12])
    expect(Array.from(s.sizePeriods!)).toEqual([0, 0, 3, 5])
  })

  it("keeps only the last sizeWindow periods' line sizes, and ignores periods outside the window", () => {
    const s = seriesFromText(encodePeriodRows([...rows, { t: 9, units: 4, lines: 1, sizes: [4] }, { t: -1, units: 4, lines: 1, sizes: [4] }]), 6, { sizeWindow: 3 })
    expect(s.units.reduce((a, b) => a + b, 0)).toBe(18)
    expect(Array.from(s.sizes!)).toEqual([1, 12])
    expect(Array.from(s.sizePeriods!)).toEqual([3, 5])
  })

  it("reads an empty series, empty fields and shares the missing flags", () => {
    const missing = Uint8Array.from([0, 1, 0])
    const s = seriesFromText("", 3, { missing })
    expect(Array.from(s.units)).toEqual([0, 0, 0])
    expect(s.missing).toBe(missing)
    const t = seriesFromText("1:2:1:::", 3)
    expect(Array.from(t.units)).toEqual([0, 2, 0])
    expect(Number.isNaN(t.price![1])).toBe(true)
    expect(t.sizes!.length).toBe(0)
  })
})
