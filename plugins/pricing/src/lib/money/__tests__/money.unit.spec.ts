import { applyPriceEnding, endingGrid } from "../price-ending"
import { exponentOf, formatMinor, roundDownBound, roundPrice, roundUpBound } from "../rounding"

describe("rounding", () => {
  it.each([
    [1199.5, 1200],
    [1199.4999, 1199],
    [1000 * 1.2, 1200],
    [1428.5714, 1429],
  ])("roundPrice(%p) = %p", (x, want) => expect(roundPrice(x)).toBe(want))

  it("rounds bounds inwards but absorbs binary noise", () => {
    expect(roundUpBound(1000 * 1.2)).toBe(1200) // 1200.0000000000002 stays 1200
    expect(roundUpBound(1200.01)).toBe(1201)
    expect(roundDownBound(1099.99)).toBe(1099)
    expect(roundDownBound(1000 * 1.1)).toBe(1100)
  })

  it("knows minor units per currency and formats", () => {
    expect([exponentOf("eur"), exponentOf("JPY"), exponentOf("kwd")]).toEqual([2, 0, 3])
    expect(formatMinor(1299, "eur")).toBe("12.99 EUR")
    expect(formatMinor(1999, "jpy")).toBe("1999 JPY")
  })
})

describe("price endings", () => {
  it("has a grid per currency exponent", () => {
    expect(endingGrid("99", 2)).toEqual({ unit: 100, offset: 99 })
    expect(endingGrid("95", 3)).toEqual({ unit: 1000, offset: 950 })
    expect(endingGrid("whole", 0)).toEqual({ unit: 100, offset: 0 })
    expect(endingGrid("none", 2)).toBeNull()
  })

  // [price, ending, exponent, direction, floor, ceiling, expected price, applied]
  it.each([
    [1000, "99", 2, "nearest", null, null, 999, true],
    [1050, "99", 2, "nearest", null, null, 1099, true],
    [1049, "99", 2, "nearest", null, null, 999, true], // tie (50 either way) goes down
    [1000, "95", 2, "nearest", null, null, 995, true],
    [1049, "whole", 2, "nearest", null, null, 1000, true],
    [1051, "whole", 2, "nearest", null, null, 1100, true],
    [1099, "99", 2, "nearest", null, null, 1099, true], // already on the grid
    [1001, "99", 2, "up", null, null, 1099, true],
    [1098, "99", 2, "down", null, null, 999, true],
    [1000, "99", 2, "nearest", 1000, null, 1099, true], // 9.99 would break the floor 10.00
    [1080, "99", 2, "nearest", null, 1090, 999, true], // 10.99 would break the ceiling 10.90
    [1080, "99", 2, "nearest", 1000, 1090, 1080, false], // no .99 between 10.00 and 10.90
    [50, "99", 2, "nearest", null, null, 99, true], // never 0 or negative
    [2013, "99", 0, "nearest", null, null, 1999, true], // JPY: last two digits
    [2013, "95", 0, "nearest", null, null, 1995, true],
    [2013, "whole", 0, "nearest", null, null, 2000, true],
    [12345, "99", 3, "nearest", null, null, 11990, true], // KWD 12.345 → 11.990
    [1234, "none", 2, "nearest", null, null, 1234, false],
    [900, "none", 2, "nearest", 950, null, 950, false], // "none" still honours the floor
  ] as const)("%p with .%s (exp %p, %s, floor %p, ceiling %p) → %p", (price, ending, exponent, direction, floor, ceiling, want, applied) => {
    const r = applyPriceEnding(price, ending, { exponent, direction, floor, ceiling })
    expect(r.price).toBe(want)
    expect(r.applied).toBe(applied)
  })

  it("never returns a price below the floor, whatever the price and ending", () => {
    for (const ending of ["99", "95", "whole"] as const) {
      for (let floor = 100; floor < 3000; floor += 37) {
        for (const price of [floor, floor + 1, floor + 49, floor + 99]) {
          expect(applyPriceEnding(price, ending, { exponent: 2, floor }).price).toBeGreaterThanOrEqual(floor)
        }
      }
    }
  })
})
