import { csrFromTriplets, csrGet, csrRow, gramMatrix, mapCsrValues, transposeCsr } from "../csr"
import { IdIndex } from "../id-index"

describe("IdIndex", () => {
  it("maps ids to dense indices and back; sorted() is independent of input order", () => {
    const a = IdIndex.sorted(["b", "a", "b", "c"])
    expect(a.ids).toEqual(["a", "b", "c"])
    expect(a.indexOf("c")).toBe(2)
    expect(a.indexOf("zzz")).toBe(-1)
    expect(a.idAt(1)).toBe("b")
    expect(a.add("d")).toBe(3)
    expect(() => a.idAt(9)).toThrow(RangeError)
  })
})

describe("csr", () => {
  // 2 × 3: row 0 = [0, 5, 1], row 1 = [2, 0, 0]; (0, 1) given twice (2 + 3)
  const m = csrFromTriplets(2, 3, [0, 1, 0, 0], [1, 0, 2, 1], [2, 2, 1, 3], "sum")

  it("sums duplicates and sorts columns within a row", () => {
    expect(Array.from(m.indptr)).toEqual([0, 2, 3])
    expect(Array.from(m.indices)).toEqual([1, 2, 0])
    expect(Array.from(m.values)).toEqual([5, 1, 2])
    expect(csrGet(m, 0, 1)).toBe(5)
    expect(csrGet(m, 1, 2)).toBe(0)
    expect(Array.from(csrRow(m, 1).indices)).toEqual([0])
  })

  it("takes the max with combine = max", () => {
    const x = csrFromTriplets(1, 2, [0, 0], [1, 1], [2, 3], "max")
    expect(Array.from(x.values)).toEqual([3])
  })

  it("transposes", () => {
    const t = transposeCsr(m)
    expect(t.rows).toBe(3)
    expect(csrGet(t, 1, 0)).toBe(5)
    expect(csrGet(t, 0, 1)).toBe(2)
    expect(csrGet(t, 2, 0)).toBe(1)
  })

  it("computes XᵀX densely", () => {
    // columns: c0 = [0, 2], c1 = [5, 0], c2 = [1, 0]
    expect(Array.from(gramMatrix(m))).toEqual([4, 0, 0, 0, 25, 5, 0, 5, 1])
  })

  it("maps values keeping the pattern, and rejects out-of-range entries", () => {
    expect(Array.from(mapCsrValues(m, (v) => (v > 0 ? 1 : 0)).values)).toEqual([1, 1, 1])
    expect(() => csrFromTriplets(1, 1, [0], [1], [1])).toThrow(RangeError)
  })
})
