import { createRng, permutation, sampleIndices } from "../prng"

describe("seeded generator", () => {
  it("repeats for a seed and matches mulberry32's reference output", () => {
    // mulberry32(1): its first outputs as 32-bit integers, from an independent Python port of the reference C code
    const r = createRng(1)
    const ints = [0, 1, 2].map(() => Math.round(r.next() * 4294967296))
    expect(ints).toEqual([2693262067, 11749833, 2265367787])
    const a = createRng(42)
    const b = createRng(42)
    for (let i = 0; i < 100; i++) expect(a.next()).toBe(b.next())
  })

  it("draws uniform integers and standard normals with the right moments", () => {
    const r = createRng(7)
    const counts = new Array(5).fill(0)
    let s = 0
    let s2 = 0
    const n = 50_000
    for (let i = 0; i < n; i++) {
      counts[r.int(5)]++
      const z = r.normal()
      s += z
      s2 += z * z
    }
    for (const c of counts) expect(Math.abs(c / n - 0.2)).toBeLessThan(0.01)
    expect(Math.abs(s / n)).toBeLessThan(0.02)
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.03)
  })

  it("permutes and samples without repeats", () => {
    const p = [...permutation(10, createRng(3))]
    expect([...p].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    const s = [...sampleIndices(100, 10, createRng(3))]
    expect(new Set(s).size).toBe(10)
    expect(s).toEqual([...s].sort((x, y) => x - y))
    expect(sampleIndices(3, 10, createRng(3))).toEqual(Int32Array.from([0, 1, 2]))
  })
})
