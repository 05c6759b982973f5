import { currencyExponent, fromMinor, toMinor } from "../minor-units"

describe("minor units", () => {
  it.each([
    ["20", "eur", 2000],
    ["20.5", "eur", 2050],
    ["0.285", "eur", 29], // half away from zero on the decimal, not the binary float
    ["-1.005", "usd", -101],
    [19.99, "usd", 1999],
    ["1500", "jpy", 1500],
    ["1.2345", "kwd", 1235],
    [null, "eur", 0],
    ["", "eur", 0],
  ])("toMinor(%j, %s) = %d", (major, cur, minor) => {
    expect(toMinor(major as never, cur)).toBe(minor)
  })

  it("knows currency exponents and converts back", () => {
    expect([currencyExponent("eur"), currencyExponent("JPY"), currencyExponent("kwd")]).toEqual([2, 0, 3])
    expect(fromMinor(2050, "eur")).toBe(20.5)
  })
})
