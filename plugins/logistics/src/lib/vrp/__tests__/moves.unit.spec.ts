import {
  applyRelocate,
  applySwap,
  applyTwoOpt,
  applyTwoOptStar,
  evaluateRelocate,
  evaluateSwap,
  evaluateTwoOpt,
  evaluateTwoOptStar,
} from "../moves"
import { compileProblem } from "../problem"
import { Rng } from "../rng"
import { Routes } from "../routes"
import { line4, randomInstance } from "./fixtures"

// line4: customers 1..4 at x = 1..4, depot at 0, capacity 2; a route's distance is 2 x its farthest point when it
// visits in order.
function lineRoutes(routes: number[][], capacity = 2, wQ = 1) {
  const inst = line4()
  inst.vehicles.capacity = capacity
  const rs = new Routes(compileProblem(inst), routes.length)
  rs.load(routes)
  rs.setWeights(1, wQ, 1)
  return rs
}

describe("moves on hand-checkable routes (line of 4)", () => {
  test("relocate 3 after 2: [[1,3],[2,4]] (6 + 8) -> [[1],[2,3,4]] (2 + 8) with one unit over capacity", () => {
    const rs = lineRoutes([[1, 3], [2, 4]])
    expect(rs.totalCost()).toBe(14)
    expect(evaluateRelocate(rs, 0, 2, 1, 1, 1)).toBeCloseTo(-3, 12) // -4 distance, +1 x wQ
    rs.setWeights(1, 10, 1)
    expect(evaluateRelocate(rs, 0, 2, 1, 1, 1)).toBeCloseTo(6, 12) // -4 + 10
    applyRelocate(rs, 0, 2, 1, 1, 1)
    expect(rs.toRoutes()).toEqual([[1], [2, 3, 4]])
    expect(rs.totalDistance()).toBe(10)
  })

  test("swap 3 and 2: [[1,3],[2,4]] -> [[1,2],[3,4]], delta -2 (the optimum, 12)", () => {
    const rs = lineRoutes([[1, 3], [2, 4]])
    expect(evaluateSwap(rs, 0, 2, 1, 1, 1, 1)).toBeCloseTo(-2, 12)
    applySwap(rs, 0, 2, 1, 1, 1, 1)
    expect(rs.toRoutes()).toEqual([[1, 2], [3, 4]])
    expect(rs.totalCost()).toBe(12)
  })

  test("2-opt*: [[1,3],[2,4]] cut after 1 and after depot -> [[1,2,4],[3]]: distance unchanged, one unit over", () => {
    const rs = lineRoutes([[1, 3], [2, 4]])
    expect(evaluateTwoOptStar(rs, 0, 1, 1, 0)).toBeCloseTo(1, 12)
    expect(evaluateTwoOptStar(rs, 0, 1, 1, 1)).toBeCloseTo(0, 12) // -> [[1,4],[2,3]]: 8 + 6
    applyTwoOptStar(rs, 0, 1, 1, 0)
    expect(rs.toRoutes()).toEqual([[1, 2, 4], [3]])
  })

  test("2-opt within a route: [1,3,2,4] (10) reversing positions 2..3 -> [1,2,3,4] (8)", () => {
    const rs = lineRoutes([[1, 3, 2, 4]], 4)
    expect(evaluateTwoOpt(rs, 0, 1, 3)).toBeCloseTo(-2, 12)
    applyTwoOpt(rs, 0, 1, 3)
    expect(rs.toRoutes()).toEqual([[1, 2, 3, 4]])
  })

  test("Or-opt (relocate a chain of 2): [3,4,1,2] (10) moving (1,2) to the front -> [1,2,3,4] (8)", () => {
    const rs = lineRoutes([[3, 4, 1, 2]], 4)
    expect(evaluateRelocate(rs, 0, 3, 2, 0, 0)).toBeCloseTo(-2, 12)
    applyRelocate(rs, 0, 3, 2, 0, 0)
    expect(rs.toRoutes()).toEqual([[1, 2, 3, 4]])
  })

  test("reversed chain relocation on a unit square: [[A,B],[D,C]] moving (D,C) reversed after B -> [[A,B,C,D]]", () => {
    // A (1,0), B (2,0), C (2,1), D (1,1): before 4 + (sqrt2 + 1 + sqrt5); reversed [A,B,C,D] = 4 + sqrt2;
    // kept in order [A,B,D,C] = 3 + sqrt2 + sqrt5
    const pts = [[1, 0], [2, 0], [2, 1], [1, 1]]
    const inst = {
      depot: { x: 0, y: 0, ready: 0, due: 100 },
      customers: pts.map(([x, y], k) => ({ id: "ABCD"[k], x, y, demand: 1, ready: 0, due: 100, service: 0 })),
      vehicles: { count: 2, capacity: 4 },
    }
    const rs = new Routes(compileProblem(inst), 2)
    rs.load([[1, 2], [4, 3]])
    expect(evaluateRelocate(rs, 1, 1, 2, 0, 2, true)).toBeCloseTo(-1 - Math.sqrt(5), 12)
    expect(evaluateRelocate(rs, 1, 1, 2, 0, 2, false)).toBeCloseTo(-2, 12)
    applyRelocate(rs, 1, 1, 2, 0, 2, true)
    expect(rs.toRoutes()).toEqual([[1, 2, 3, 4]])
    expect(rs.totalDistance()).toBeCloseTo(4 + Math.SQRT2, 12)
  })

  test("swap of chains (2,1): [[3,4],[1]] exchanging (3,4) with 1 -> [[1],[3,4]], distance unchanged", () => {
    const rs = lineRoutes([[3, 4], [1]], 4)
    expect(evaluateSwap(rs, 0, 1, 2, 1, 1, 1)).toBeCloseTo(0, 12)
    applySwap(rs, 0, 1, 2, 1, 1, 1)
    expect(rs.toRoutes()).toEqual([[1], [3, 4]])
  })

  test("no-op and out-of-range moves are refused", () => {
    const rs = lineRoutes([[1, 2], [3, 4]])
    expect(evaluateRelocate(rs, 0, 1, 1, 0, 0)).toBe(Infinity) // 1 after depot where it is
    expect(evaluateRelocate(rs, 0, 2, 2, 1, 0)).toBe(Infinity) // chain past the route end
    expect(evaluateTwoOptStar(rs, 0, 1, 0, 1)).toBe(Infinity) // same route
    expect(evaluateTwoOpt(rs, 0, 0, 1)).toBe(Infinity) // reversing one customer
  })
})

describe("move evaluations agree with the cost after applying them", () => {
  const inst = randomInstance(30, 7, 40)
  const p = compileProblem(inst, 10)
  const rng = new Rng(3)
  const fresh = () => {
    const clients = Array.from({ length: p.n }, (_, i) => i + 1)
    rng.shuffle(clients)
    const rs = new Routes(p, 6)
    rs.load([0, 1, 2, 3, 4, 5].map((k) => clients.filter((_, t) => t % 6 === k)))
    rs.setWeights(1, 3, 2)
    return rs
  }
  type Move = { name: string; run: (rs: Routes) => { delta: number; lb: number; apply: () => void } | null }
  const pick = (rs: Routes) => {
    const r = rng.int(rs.R)
    return rs.len[r] > 0 ? { r, i: 1 + rng.int(rs.len[r]) } : null
  }
  const moves: Move[] = [
    ...[1, 2, 3].flatMap((k) =>
      [false, true].map<Move>((rev) => ({
        name: `relocate k=${k} rev=${rev}`,
        run: (rs) => {
          const a = pick(rs)
          const r2 = rng.int(rs.R)
          if (!a) return null
          const j = rng.int(rs.len[r2] + 1)
          return {
            delta: evaluateRelocate(rs, a.r, a.i, k, r2, j, rev),
            lb: evaluateRelocate(rs, a.r, a.i, k, r2, j, rev, -1e-7),
            apply: () => applyRelocate(rs, a.r, a.i, k, r2, j, rev),
          }
        },
      })),
    ),
    ...[[1, 1], [2, 1], [2, 2], [3, 2]].map<Move>(([k1, k2]) => ({
      name: `swap ${k1}-${k2}`,
      run: (rs) => {
        const a = pick(rs)
        const b = pick(rs)
        if (!a || !b) return null
        return {
          delta: evaluateSwap(rs, a.r, a.i, k1, b.r, b.i, k2),
          lb: evaluateSwap(rs, a.r, a.i, k1, b.r, b.i, k2, -1e-7),
          apply: () => applySwap(rs, a.r, a.i, k1, b.r, b.i, k2),
        }
      },
    })),
    {
      name: "2-opt*",
      run: (rs) => {
        const r1 = rng.int(rs.R)
        const r2 = rng.int(rs.R)
        const i = rng.int(rs.len[r1] + 1)
        const j = rng.int(rs.len[r2] + 1)
        return {
          delta: evaluateTwoOptStar(rs, r1, i, r2, j),
          lb: evaluateTwoOptStar(rs, r1, i, r2, j, -1e-7),
          apply: () => applyTwoOptStar(rs, r1, i, r2, j),
        }
      },
    },
    {
      name: "2-opt",
      run: (rs) => {
        const r = rng.int(rs.R)
        const i = rng.int(rs.len[r] + 1)
        const j = rng.int(rs.len[r] + 1)
        return { delta: evaluateTwoOpt(rs, r, i, j), lb: evaluateTwoOpt(rs, r, i, j, -1e-7), apply: () => applyTwoOpt(rs, r, i, j) }
      },
    },
  ]

  test.each(moves.map((m) => [m.name, m] as const))("%s: delta = cost after - cost before; the pruning bound never exceeds it", (_, move) => {
    let checked = 0
    for (let t = 0; t < 600; t++) {
      const rs = fresh()
      const before = rs.totalCost()
      const m = move.run(rs)
      if (!m || m.delta === Infinity) continue
      expect(m.lb).toBeLessThanOrEqual(m.delta + 1e-7)
      m.apply()
      const after = rs.totalCost()
      expect(after - before).toBeCloseTo(m.delta, 7)
      // every customer still routed exactly once
      const seen = rs.toRoutes().flat().sort((x, y) => x - y)
      expect(seen).toEqual(Array.from({ length: p.n }, (_, i) => i + 1))
      checked++
    }
    expect(checked).toBeGreaterThan(100)
  })
})
