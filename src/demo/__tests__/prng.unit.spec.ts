import { mix32, Rng, WeightedIndex } from "../prng"

describe("Rng", () => {
  it("repeats its sequence for the same seed and stream, and differs otherwise", () => {
    const draw = (seed: number, stream: string) => {
      const rng = new Rng(seed, stream)
      return Array.from({ length: 5 }, () => rng.next())
    }
    expect(draw(1, "a")).toEqual(draw(1, "a"))
    expect(draw(1, "a")).not.toEqual(draw(2, "a"))
    expect(draw(1, "a")).not.toEqual(draw(1, "b"))
  })

  it("draws uniformly in [0, 1)", () => {
    const rng = new Rng(9, "uniform")
    const buckets = new Array(10).fill(0)
    let outside = 0
    for (let i = 0; i < 100_000; i++) {
      const u = rng.next()
      if (!(u >= 0 && u < 1)) outside++
      else buckets[Math.floor(u * 10)]++
    }
    expect(outside).toBe(0)
    for (const n of buckets) expect(Math.abs(n - 10_000)).toBeLessThan(500)
  })

  it("keeps int, pick, weighted and round within their contracts", () => {
    const rng = new Rng(3, "helpers")
    const ints = new Set(Array.from({ length: 2000 }, () => rng.int(2, 5)))
    expect([...ints].sort()).toEqual([2, 3, 4, 5])
    const picks = Array.from({ length: 30_000 }, () => rng.weighted(["a", "b", "c"], [1, 0, 3]))
    expect(picks.includes("b")).toBe(false)
    expect(picks.filter((p) => p === "c").length / picks.length).toBeCloseTo(0.75, 1)
    const mean = Array.from({ length: 20_000 }, () => rng.round(1.3)).reduce((a, b) => a + b, 0) / 20_000
    expect(mean).toBeCloseTo(1.3, 1)
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5])
  })
})

describe("mix32", () => {
  it("maps distinct inputs to distinct outputs (it is a bijection)", () => {
    const seen = new Set<number>()
    for (let i = 0; i < 200_000; i++) seen.add(mix32(i))
    expect(seen.size).toBe(200_000)
  })
})

describe("WeightedIndex", () => {
  it("samples ids in proportion to weight and never a zero weight", () => {
    const index = new WeightedIndex([1, 0, 2, 1], [10, 11, 12, 13])
    const rng = new Rng(5, "weighted")
    const counts = new Map<number, number>()
    for (let i = 0; i < 40_000; i++) {
      const id = index.sample(rng)
      counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    expect(counts.has(11)).toBe(false)
    expect((counts.get(12) ?? 0) / 40_000).toBeCloseTo(0.5, 1)
    expect((counts.get(10) ?? 0) / 40_000).toBeCloseTo(0.25, 1)
  })

  it("restricts a draw to a range of positions, by weight", () => {
    const index = new WeightedIndex([5, 1, 1, 0, 5])
    expect(index.positionBetween(0, 1, 3)).toBe(1)
    expect(index.positionBetween(0.99, 1, 3)).toBe(2)
    expect(index.positionBetween(0.5, 3, 4)).toBe(-1) // no weight in range
    expect(index.mass(0, 5)).toBe(12)
  })
})
