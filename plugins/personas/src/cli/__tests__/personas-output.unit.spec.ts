import { CSV_COLUMNS, major } from "../personas-output"

describe("CLI output helpers", () => {
  it("formats minor units as exact major units with two decimals", () => {
    expect(major(0)).toBe("0.00")
    expect(major(5)).toBe("0.05")
    expect(major(7718360)).toBe("77183.60")
    expect(major(-1999)).toBe("-19.99")
    expect(major(100.5)).toBe("1.01") // a fractional minor amount is rounded once, here
  })

  it("has the columns the benchmark and the README promise", () => {
    for (const c of ["customer_id", "recency_days", "frequency", "monetary", "rfm_segment", "p_buy_30d", "p_buy_90d", "expected_value_12m", "cluster", "persona"]) {
      expect(CSV_COLUMNS).toContain(c)
    }
  })
})
