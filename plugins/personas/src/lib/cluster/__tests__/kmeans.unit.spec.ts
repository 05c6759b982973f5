import { createRng } from "../../math/prng"
import { kmeans, kmeansPlusPlus } from "../kmeans"
import { silhouette } from "../silhouette"
import { runEsmOracle } from "./esm-oracle"

const square = (cx: number, cy: number) => [cx, cy, cx, cy + 1, cx + 1, cy, cx + 1, cy + 1]

describe("k-means", () => {
  const x = Float64Array.from([...square(0, 0), ...square(10, 10)])

  it("separates two unit squares with the hand-computed centres and inertia", () => {
    const r = kmeans(x, 8, 2, 2, createRng(1))
    const centres = [Array.from(r.centroids.subarray(0, 2)), Array.from(r.centroids.subarray(2, 4))].sort((a, b) => a[0] - b[0])
    expect(centres).toEqual([
      [0.5, 0.5],
      [10.5, 10.5],
    ])
    expect(r.inertia).toBeCloseTo(4, 12) // 8 points, each 0.5 from its centre (squared)
    expect(new Set(r.assignments.subarray(0, 4)).size).toBe(1)
    expect(r.assignments[0]).not.toBe(r.assignments[4])
  })

  it("is deterministic for a seed", () => {
    const a = kmeans(x, 8, 2, 3, createRng(7))
    const b = kmeans(x, 8, 2, 3, createRng(7))
    expect(Array.from(a.assignments)).toEqual(Array.from(b.assignments))
    expect(Array.from(a.centroids)).toEqual(Array.from(b.centroids))
  })

  it("seeds k-means++ centres on distinct data points", () => {
    const c = kmeansPlusPlus(x, 8, 2, 2, createRng(3))
    // the two seeds are data points, and D² sampling puts the second in the far square with probability 0.99+
    const points = new Set(Array.from({ length: 8 }, (_, i) => `${x[2 * i]},${x[2 * i + 1]}`))
    expect(points.has(`${c[0]},${c[1]}`)).toBe(true)
    expect(points.has(`${c[2]},${c[3]}`)).toBe(true)
    expect(Math.abs(c[0] - c[2])).toBeGreaterThan(5)
  })

  it("rejects k larger than the number of points", () => {
    expect(() => kmeans(x, 8, 2, 9, createRng(1))).toThrow(RangeError)
  })

  it("matches ml-kmeans (the oracle) from the same initial centres", () => {
    const rng = createRng(11)
    const rows: number[][] = []
    for (const [cx, cy] of [
      [0, 0],
      [4, 1],
      [1, 5],
    ]) {
      for (let i = 0; i < 40; i++) rows.push([cx + (rng.next() + rng.next() - 1) * 2, cy + (rng.next() + rng.next() - 1) * 2])
    }
    const init = [rows[0], rows[1], rows[2]] // deliberately poor start: all three in the first blob
    const ours = kmeans(Float64Array.from(rows.flat()), rows.length, 2, 3, createRng(1), {
      initialCentroids: Float64Array.from(init.flat()),
      maxIterations: 300,
    })
    const oracle = runEsmOracle<{ clusters: number[]; centroids: number[][] }>(
      `import { kmeans } from "ml-kmeans";
       const r = kmeans(input.rows, 3, { initialization: input.init, maxIterations: 300, tolerance: 1e-12 });
       console.log(JSON.stringify({ clusters: r.clusters, centroids: r.centroids }));`,
      { rows, init },
    )
    expect(Array.from(ours.assignments)).toEqual(oracle.clusters)
    oracle.centroids.forEach((c, k) => {
      expect(ours.centroids[2 * k]).toBeCloseTo(c[0], 9)
      expect(ours.centroids[2 * k + 1]).toBeCloseTo(c[1], 9)
    })
  })
})

describe("silhouette", () => {
  it("matches a hand computation in one dimension", () => {
    // clusters {0, 1} and {5, 6}: s = (b − a)/b with a = 1 and b = 5.5, 4.5, 4.5, 5.5
    const s = silhouette(Float64Array.of(0, 1, 5, 6), 4, 1, Int32Array.of(0, 0, 1, 1), 2)
    expect(s).toBeCloseTo((4.5 / 5.5 + 3.5 / 4.5) / 2, 12)
  })

  it("counts a point alone in its cluster as 0", () => {
    // {0, 1} and {10}: points 0 and 1 have a = 1, b = 10 and 9; the singleton adds 0
    const s = silhouette(Float64Array.of(0, 1, 10), 3, 1, Int32Array.of(0, 0, 1), 2)
    expect(s).toBeCloseTo((0.9 + 8 / 9 + 0) / 3, 12)
  })
})
