import { inverse, Matrix } from "ml-matrix"
import { choleskyInPlace, spdInverseInPlace } from "../spd-inverse"

// ml-matrix is the oracle: slow at EASE sizes, but a plain, well-tested LU inverse.
function randomSpd(n: number, seed: number): Float64Array {
  let s = seed
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32)
  const x = Array.from({ length: 2 * n }, () => Array.from({ length: n }, () => (rnd() < 0.2 ? 1 : 0)))
  const a = new Float64Array(n * n)
  for (const row of x) for (let i = 0; i < n; i++) if (row[i]) for (let j = 0; j < n; j++) a[i * n + j] += row[j]
  for (let i = 0; i < n; i++) a[i * n + i] += 5
  return a
}

describe("spdInverseInPlace", () => {
  it("inverts a 2 × 2 matrix by hand: [[4,2],[2,3]]⁻¹ = [[3,-2],[-2,4]] / 8", () => {
    const a = Float64Array.from([4, 2, 2, 3])
    expect(Array.from(spdInverseInPlace(a, 2))).toEqual([3 / 8, -2 / 8, -2 / 8, 4 / 8].map((v) => expect.closeTo(v, 12)))
  })

  it("factors [[4,2],[2,3]] as L = [[2,0],[1,√2]]", () => {
    const a = Float64Array.from([4, 2, 2, 3])
    choleskyInPlace(a, 2)
    expect(a[0]).toBeCloseTo(2, 12)
    expect(a[2]).toBeCloseTo(1, 12)
    expect(a[3]).toBeCloseTo(Math.SQRT2, 12)
  })

  it.each([1, 5, 37, 130, 261])("agrees with ml-matrix for n = %i (crossing tile and unroll edges)", (n) => {
    const a = randomSpd(n, n)
    const rows = Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n)))
    const oracle = inverse(new Matrix(rows)).to1DArray()
    const got = spdInverseInPlace(a.slice(), n)
    let err = 0
    for (let t = 0; t < n * n; t++) err = Math.max(err, Math.abs(got[t] - oracle[t]))
    expect(err).toBeLessThan(1e-10)
  })

  it("rejects a matrix that is not positive definite", () => {
    expect(() => spdInverseInPlace(Float64Array.from([1, 2, 2, 1]), 2)).toThrow(/not positive definite/)
  })
})
