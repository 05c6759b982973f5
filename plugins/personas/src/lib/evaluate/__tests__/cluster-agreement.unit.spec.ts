import { clusterAgreement } from "../cluster-agreement"

describe("clusterAgreement", () => {
  it("matches the hand-computed ARI and purity (sklearn: adjusted_rand_score([0,0,0,1,1,1],[0,0,1,1,2,2]) = 0.2424)", () => {
    const a = clusterAgreement(["a", "a", "a", "b", "b", "b"], ["x", "x", "y", "y", "z", "z"])
    expect(a.counts).toEqual([
      [2, 1, 0],
      [0, 1, 2],
    ])
    expect(a.purity).toBeCloseTo(4 / 6, 10)
    expect(a.adjustedRandIndex).toBeCloseTo(0.8 / 3.3, 10)
    expect(a.majority).toEqual([
      { cluster: "a", size: 3, className: "x", share: 2 / 3 },
      { cluster: "b", size: 3, className: "z", share: 2 / 3 },
    ])
  })

  it("is 1 for identical partitions whatever the label names", () => {
    const a = clusterAgreement(["p", "p", "q", "q", "r"], ["x", "x", "y", "y", "z"])
    expect(a.adjustedRandIndex).toBeCloseTo(1, 12)
    expect(a.purity).toBe(1)
  })

  it("is about 0 for a clustering unrelated to the classes", () => {
    const clusters: string[] = []
    const classes: string[] = []
    for (let i = 0; i < 400; i++) {
      clusters.push(String(i % 4))
      classes.push(String(Math.floor(i / 4) % 5))
    }
    expect(Math.abs(clusterAgreement(clusters, classes).adjustedRandIndex)).toBeLessThan(0.02)
  })

  it("refuses lists of different lengths", () => {
    expect(() => clusterAgreement(["a"], [])).toThrow(RangeError)
  })
})
