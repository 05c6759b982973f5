import { chiSquareSf, erfcTail, normalCdf, normalQuantile, normalSf, normalUpperQuantile, studentTCdf, studentTQuantile, twoSidedZP } from "../distributions"
import { fmix32, fnv1a32, hashUnit } from "../hash"
import { allocateMinor, roundMinor } from "../money"
import { createRng, permutation, randomHalves } from "../prng"

describe("distributions", () => {
  it("matches the printed tables", () => {
    // standard normal table: Φ(1.96) = 0.9750, z_0.975 = 1.959964
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 4)
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6)
    expect(twoSidedZP(1.959964)).toBeCloseTo(0.05, 6)
    // Student t table (e.g. Fisher & Yates): t_0.975 with 10 df = 2.228, with 30 df = 2.042; t_0.995, 5 df = 4.032
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.2281, 4)
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0423, 4)
    expect(studentTQuantile(0.995, 5)).toBeCloseTo(4.0321, 4)
    expect(studentTCdf(2.2281, 10)).toBeCloseTo(0.975, 4)
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(1.959964, 6)
    // χ² table: P(χ²_1 > 3.841) = 0.05, P(χ²_4 > 9.488) = 0.05
    expect(chiSquareSf(3.841459, 1)).toBeCloseTo(0.05, 6)
    expect(chiSquareSf(9.487729, 4)).toBeCloseTo(0.05, 6)
    expect(() => normalQuantile(1)).toThrow(RangeError)
  })

  it("keeps the far normal tail (where 1 − Φ has cancelled)", () => {
    // Φ̄(6) = 9.865876450377e-10, Φ̄(10) = 7.619853024161e-24 (scipy.stats.norm.sf)
    expect(normalSf(6) / 9.865876450377e-10).toBeCloseTo(1, 6)
    expect(normalSf(10) / 7.619853024161e-24).toBeCloseTo(1, 6)
    expect(normalSf(1.959964)).toBeCloseTo(0.025, 7)
    expect(normalUpperQuantile(7.619853024161e-24)).toBeCloseTo(10, 5)
    expect(normalUpperQuantile(0.025)).toBeCloseTo(1.959964, 6)
    expect(erfcTail(0)).toBeCloseTo(1, 6)
    expect(erfcTail(-1) + erfcTail(1)).toBeCloseTo(2, 6)
  })
})

describe("hash", () => {
  it("FNV-1a matches the reference vectors", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5)
    expect(fnv1a32("a")).toBe(0xe40c292c)
    expect(fnv1a32("foobar")).toBe(0xbf9cf968)
    // over UTF-8 bytes (Python: FNV-1a of "é".encode() = c3 a9, of "😀" = f0 9f 98 80)
    expect(fnv1a32("é")).toBe(0x1e9de8c1)
    expect(fnv1a32("😀")).toBe(0x33a29608)
  })

  it("fmix32 is a bijection sample with avalanche and hashUnit is uniform", () => {
    expect(fmix32(0)).toBe(0)
    const seen = new Set<number>()
    for (let i = 0; i < 10_000; i++) seen.add(fmix32(i))
    expect(seen.size).toBe(10_000)
    // flipping one input bit flips about half of the output bits
    let flipped = 0
    for (let i = 1; i <= 2000; i++) {
      const d = (fmix32(i) ^ fmix32(i ^ 1)) >>> 0
      flipped += d.toString(2).split("").filter((b) => b === "1").length
    }
    expect(flipped / 2000).toBeGreaterThan(14)
    expect(flipped / 2000).toBeLessThan(18)
    const bins = new Array(10).fill(0)
    for (let i = 0; i < 50_000; i++) bins[Math.floor(hashUnit(`cus_${i}`) * 10)]++
    const chi = bins.reduce((s, b) => s + (b - 5000) ** 2 / 5000, 0)
    expect(chi).toBeLessThan(27.88) // χ²_9 at p = 0.001
  })
})

describe("money", () => {
  it("rounds half toward +∞ once and allocates exactly", () => {
    expect(roundMinor(2.5)).toBe(3)
    expect(roundMinor(-2.5)).toBe(-2)
    expect(allocateMinor(100, [0.4, 0.2, 0.4])).toEqual([40, 20, 40])
    expect(allocateMinor(101, [1, 1, 1])).toEqual([34, 34, 33])
    expect(allocateMinor(7, [0.4, 0.2, 0.4]).reduce((s, v) => s + v, 0)).toBe(7)
    expect(() => allocateMinor(5, [0, 0])).toThrow(RangeError)
  })
})

describe("prng", () => {
  it("is reproducible and permutes", () => {
    const a = createRng(5)
    const b = createRng(5)
    expect([a.next(), a.next(), a.normal()]).toEqual([b.next(), b.next(), b.normal()])
    const p = permutation(100, createRng(1))
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i))
    const h = randomHalves(11, createRng(3))
    expect(h.a.length).toBe(5)
    expect(h.b.length).toBe(6)
    expect(new Set([...h.a, ...h.b]).size).toBe(11)
  })

  it("draws standard normals", () => {
    const rng = createRng(42)
    let s = 0
    let ss = 0
    const n = 50_000
    for (let i = 0; i < n; i++) {
      const z = rng.normal()
      s += z
      ss += z * z
    }
    expect(Math.abs(s / n)).toBeLessThan(0.02)
    expect(ss / n).toBeCloseTo(1, 1)
  })
})
