import { inverse, Matrix } from "ml-matrix"
import { csrFromTriplets } from "../../data/csr"
import { easeScores, loadEase, pruneEase, serialiseEase, trainEase } from "../ease"
import { neighboursOf, scoreProfile } from "../neighbour-list"

describe("EASE", () => {
  it("matches the closed form by hand: X = [[1,1],[1,0]], λ = 1 → B[0][1] = 1/3, B[1][0] = 1/2", () => {
    // G + λI = [[3,1],[1,2]], P = [[2,-1],[-1,3]] / 5, B[i][j] = −P[i][j] / P[j][j]
    const x = csrFromTriplets(2, 2, [0, 0, 1], [0, 1, 0], [1, 1, 1])
    const m = trainEase(x, ["a", "b"], { lambda: 1 })
    expect(Array.from(m.weights)).toEqual([0, expect.closeTo(1 / 3, 6), expect.closeTo(1 / 2, 6), 0])
    // a user who bought only "a" gets b scored 1/3
    expect(Array.from(easeScores(m, [0], [1]))).toEqual([0, expect.closeTo(1 / 3, 6)])
  })

  it("agrees with ml-matrix on a random 40-item problem", () => {
    const n = 40
    const r: number[] = []
    const c: number[] = []
    let s = 7
    for (let u = 0; u < 60; u++) for (let i = 0; i < n; i++) if (((s = (Math.imul(s, 48271) >>> 0) % 2147483647) % 5) === 0) (r.push(u), c.push(i))
    const x = csrFromTriplets(60, n, r, c, r.map(() => 1))
    const m = trainEase(x, Array.from({ length: n }, (_, i) => `i${i}`), { lambda: 10 })
    const dense = Array.from({ length: 60 }, () => new Array(n).fill(0))
    r.forEach((u, t) => (dense[u][c[t]] = 1))
    const X = new Matrix(dense)
    const G = X.transpose().mmul(X)
    for (let i = 0; i < n; i++) G.set(i, i, G.get(i, i) + 10)
    const P = inverse(G)
    let err = 0
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      const b = i === j ? 0 : -P.get(i, j) / P.get(j, j)
      err = Math.max(err, Math.abs(b - m.weights[i * n + j]))
    }
    expect(err).toBeLessThan(1e-6)
  })

  it("prunes to the top positive weights per item and serves the same top item after a JSON round trip", () => {
    const x = csrFromTriplets(3, 3, [0, 0, 1, 1, 2], [0, 1, 0, 1, 2], [1, 1, 1, 1, 1])
    const m = trainEase(x, ["a", "b", "c"], { lambda: 0.5 })
    const pruned = pruneEase(m, 1)
    expect(neighboursOf(pruned, "a").map((n) => n.itemId)).toEqual(["b"])
    const back = loadEase(JSON.parse(JSON.stringify(serialiseEase(m, 1))))
    expect(Array.from(scoreProfile(back, [{ item: 0, weight: 1 }]))).toEqual(Array.from(scoreProfile(pruned, [{ item: 0, weight: 1 }])))
    expect(() => loadEase({ ...serialiseEase(m), kind: "content-tfidf" })).toThrow(/expected a ease v1/)
  })
})
