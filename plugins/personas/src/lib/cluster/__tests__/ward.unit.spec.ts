import { createRng } from "../../math/prng"
import { cutTree, wardLinkage } from "../ward"
import { runEsmOracle } from "./esm-oracle"

describe("Ward clustering", () => {
  it("merges in the hand-computed order and heights (ward.D2)", () => {
    // 1-D points 0, 1, 5, 6.5: {0,1} at 1, {5,6.5} at 1.5, then both at √(2·2·2/4)·|0.5 − 5.75| = √2 · 5.25
    const merges = wardLinkage(Float64Array.of(0, 1, 5, 6.5), 4, 1)
    expect(merges.map((m) => [m.a, m.b, m.size])).toEqual([
      [0, 1, 2],
      [2, 3, 2],
      [4, 5, 4],
    ])
    expect(merges[0].height).toBeCloseTo(1, 12)
    expect(merges[1].height).toBeCloseTo(1.5, 12)
    expect(merges[2].height).toBeCloseTo(Math.SQRT2 * 5.25, 12)
    expect(Array.from(cutTree(merges, 4, 2))).toEqual([0, 0, 1, 1])
    expect(Array.from(cutTree(merges, 4, 3))).toEqual([0, 0, 1, 2])
    expect(Array.from(cutTree(merges, 4, 1))).toEqual([0, 0, 0, 0])
  })

  it("matches ml-hclust agnes with method ward2 (the oracle)", () => {
    const rng = createRng(5)
    const rows: number[][] = Array.from({ length: 40 }, (_, i) => [rng.next() * 10 + (i % 3) * 6, rng.next() * 10, rng.next() * 3])
    const merges = wardLinkage(Float64Array.from(rows.flat()), rows.length, 3)
    const oracle = runEsmOracle<{ heights: number[]; groups: Record<string, number[][]> }>(
      `import { agnes } from "ml-hclust";
       const tree = agnes(input.rows, { method: "ward2" });
       const heights = [];
       tree.traverse((c) => { if (!c.isLeaf) heights.push(c.height) });
       const groups = {};
       for (const k of [2, 3, 4, 5]) groups[k] = tree.group(k).children.map((c) => c.indices().sort((a, b) => a - b));
       console.log(JSON.stringify({ heights: heights.sort((a, b) => a - b), groups }));`,
      { rows },
    )
    const ours = merges.map((m) => m.height)
    expect(ours.length).toBe(oracle.heights.length)
    ours.forEach((h, i) => expect(h).toBeCloseTo(oracle.heights[i], 9))
    for (const k of [2, 3, 4, 5]) {
      const labels = cutTree(merges, rows.length, k)
      const groups = Array.from({ length: k }, (_, c) => rows.map((_, i) => i).filter((i) => labels[i] === c))
      const canon = (gs: number[][]) => gs.map((g) => g.join(",")).sort()
      expect(canon(groups)).toEqual(canon(oracle.groups[k]))
    }
  })
})
