import { countSupportsAnomaly, normalCdf, poissonCdf } from "../volume-guard"

describe("volume guard", () => {
  // Poisson and normal table values (e.g. Beyer, CRC Standard Probability and Statistics Tables)
  it.each([
    [0, 4, 0.0183156],
    [2, 4, 0.2381033],
    [4, 4, 0.6288369],
    [3, 10, 0.0103361],
    [15, 10, 0.9512596],
    [5, 2.5, 0.9579790],
  ])("P(X ≤ %d | λ = %d) = %d", (k, lambda, p) => {
    expect(poissonCdf(k, lambda)).toBeCloseTo(p, 6)
  })

  it("uses the normal approximation for large λ and the standard normal table", () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 6)
    expect(normalCdf(-1.645)).toBeCloseTo(0.0499848, 6)
    expect(poissonCdf(1000, 1000)).toBeCloseTo(0.5084, 3)
    expect(poissonCdf(-1, 3)).toBe(0)
  })

  it("trusts a drop only when the order count itself is unlikely", () => {
    expect(countSupportsAnomaly("down", 0, 4)).toBe(false) // one day in fifty
    expect(countSupportsAnomaly("down", 0, 12)).toBe(true) // e^-12
    expect(countSupportsAnomaly("down", 9, 40)).toBe(true)
    expect(countSupportsAnomaly("up", 9, 4)).toBe(false) // P(X ≥ 9 | 4) ≈ 0.021
    expect(countSupportsAnomaly("up", 14, 4)).toBe(true)
    expect(countSupportsAnomaly("down", 0, NaN)).toBe(true)
  })
})
