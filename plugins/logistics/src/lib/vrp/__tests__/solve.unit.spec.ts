import { checkSolution } from "../check"
import { EjectionSearch } from "../ejection"
import { compileProblem } from "../problem"
import { Rng } from "../rng"
import { minimiseRoutes } from "../route-min"
import { solveVrptw } from "../solve"
import type { VrpInstance } from "../types"
import { line4, randomInstance } from "./fixtures"

/** Exact hierarchical optimum by enumeration: every ordered route over every subset, then a set-partition DP. */
function bruteForce(inst: VrpInstance): { vehicles: number; distance: number } {
  const n = inst.customers.length
  const routeCost = new Float64Array(1 << n).fill(Infinity)
  const c = inst.customers
  const pts = [inst.depot, ...c]
  const d = (i: number, j: number) => Math.sqrt((pts[i].x! - pts[j].x!) ** 2 + (pts[i].y! - pts[j].y!) ** 2)
  const perm = (mask: number, last: number, time: number, load: number, dist: number) => {
    if (mask && time + d(last, 0) <= inst.depot.due + 1e-9) routeCost[mask] = Math.min(routeCost[mask], dist + d(last, 0))
    for (let k = 0; k < n; k++) {
      if (mask & (1 << k)) continue
      const node = k + 1
      const arrival = time + d(last, node)
      if (arrival > c[k].due + 1e-9 || load + c[k].demand > inst.vehicles.capacity) continue
      perm(mask | (1 << k), node, Math.max(arrival, c[k].ready) + c[k].service, load + c[k].demand, dist + d(last, node))
    }
  }
  perm(0, 0, inst.depot.ready, 0, 0)
  const bestV = new Float64Array(1 << n).fill(Infinity)
  const bestD = new Float64Array(1 << n).fill(Infinity)
  bestV[0] = 0
  bestD[0] = 0
  for (let mask = 1; mask < 1 << n; mask++) {
    const low = mask & -mask
    for (let sub = mask; sub; sub = (sub - 1) & mask) {
      if (!(sub & low) || routeCost[sub] === Infinity) continue
      const rest = mask ^ sub
      const v = bestV[rest] + 1
      const dist = bestD[rest] + routeCost[sub]
      if (v < bestV[mask] || (v === bestV[mask] && dist < bestD[mask])) {
        bestV[mask] = v
        bestD[mask] = dist
      }
    }
  }
  const all = (1 << n) - 1
  return { vehicles: bestV[all], distance: bestD[all] }
}

const caps = { seconds: Infinity, routeMinIterations: 2000, hgsIterations: 300 }

describe("solveVrptw", () => {
  test("line of 4 with capacity 2: the optimum {1,2},{3,4} = 12", () => {
    const sol = solveVrptw(line4(), { ...caps, seed: 1 })
    expect(sol.vehicles).toBe(2)
    expect(sol.distance).toBeCloseTo(12, 12)
    expect(sol.feasible).toBe(true)
    expect(sol.routes.map((r) => r.stops.map((s) => s.id)).sort()).toEqual([[1, 2], [3, 4]])
  })

  test.each([
    [8, 11, 25],
    [8, 5, 30],
    [9, 2, 20],
  ])("random instance n=%i seed=%i capacity=%i: matches the brute-force optimum", (n, seed, capacity) => {
    const inst = randomInstance(n, seed, capacity)
    const exact = bruteForce(inst)
    const sol = solveVrptw(inst, { ...caps, seed: 5 })
    expect(checkSolution(inst, sol.routes.map((r) => r.customers)).feasible).toBe(true)
    expect(sol.vehicles).toBe(exact.vehicles)
    expect(sol.distance).toBeCloseTo(exact.distance, 9)
  })

  test("same seed and iteration caps give the same routes; the schedule respects every window", () => {
    const inst = randomInstance(30, 3, 60)
    const budget = { ...caps, seed: 9, routeMinIterations: 200, hgsIterations: 40 }
    const a = solveVrptw(inst, budget)
    const b = solveVrptw(inst, budget)
    expect(a.routes.map((r) => r.customers)).toEqual(b.routes.map((r) => r.customers))
    expect(a.distance).toBe(b.distance)
    expect(a.feasible).toBe(true)
    for (const r of a.routes) {
      for (const s of r.stops) {
        const c = inst.customers[s.index]
        expect(s.arrival).toBeLessThanOrEqual(c.due + 1e-9)
        expect(s.start).toBeGreaterThanOrEqual(c.ready)
      }
      expect(r.returnTime).toBeLessThanOrEqual(inst.depot.due + 1e-9)
    }
  })

  test("a distance matrix replaces coordinates (and a travel-time matrix the schedule)", () => {
    const inst = line4()
    const pts = [0, 1, 2, 3, 4]
    const matrix = pts.map((a) => pts.map((b) => 10 * Math.abs(a - b)))
    const sol = solveVrptw({ ...inst, customers: inst.customers.map(({ x: _x, y: _y, ...c }) => c), depot: { ready: 0, due: 100 }, distance: matrix }, { ...caps })
    expect(sol.distance).toBeCloseTo(120, 9)
    // travel 30 per unit with the depot open until 130: customer 3 is reached at 90 but back only at 180, customer 4
    // is reached at 120 after its due time of 100: both reported as unserved, the others served
    const slow = pts.map((a) => pts.map((b) => 30 * Math.abs(a - b)))
    const sol2 = solveVrptw({ ...inst, depot: { ...inst.depot, due: 130 }, distance: matrix, travelTime: slow }, { ...caps })
    expect(sol2.unserved).toEqual([2, 3])
    expect(sol2.routes.flatMap((r) => r.customers).sort()).toEqual([0, 1])
    expect(sol2.feasible).toBe(true)
  })

  test("edge cases: no customers; a customer above capacity; a fleet too small is reported, not hidden", () => {
    const empty = solveVrptw({ ...line4(), customers: [] }, caps)
    expect(empty.vehicles).toBe(0)
    expect(empty.feasible).toBe(true)
    const heavy = line4()
    heavy.customers[2].demand = 3 // capacity 2
    const h = solveVrptw(heavy, caps)
    expect(h.unserved).toEqual([2])
    expect(h.routes.flatMap((r) => r.customers).sort()).toEqual([0, 1, 3])
    const small = line4()
    small.vehicles.count = 1
    const s = solveVrptw(small, caps)
    expect(s.vehicles).toBe(2)
    expect(s.feasible).toBe(false)
  })

  test("a finite budget needs an injected clock", () => {
    expect(() => solveVrptw(line4(), { seconds: 1 })).toThrow(/now/)
    expect(() => solveVrptw(line4(), { seconds: Infinity, hgsIterations: 5 })).toThrow(/routeMinIterations/)
    let t = 0
    const sol = solveVrptw(line4(), { seconds: 0.5, now: () => (t += 1) })
    expect(sol.feasible).toBe(true)
  })
})

describe("route minimisation (ejection pool)", () => {
  test("one route per customer on the line is merged down to the capacity bound of 2 routes", () => {
    const p = compileProblem(line4())
    const res = minimiseRoutes(p, [[1], [2], [3], [4]], { rng: new Rng(1), stop: () => false, maxIterations: 1000 })
    expect(res.routes.length).toBe(2)
    expect(checkSolution(line4(), res.routes.map((r) => r.map((v) => v - 1))).feasible).toBe(true)
  })

  test("insertion-ejection picks the customers with the smallest failure counters", () => {
    // capacity 2 on the line: route [1,2] is full; inserting 3 requires ejecting 1 or 2
    const p = compileProblem(line4())
    const ej = new EjectionSearch(p)
    const pen = new Int32Array(p.N).fill(1)
    pen[1] = 5
    const res = ej.search([1, 2], 2, 3, pen, Infinity)
    expect(res).not.toBeNull()
    expect(res!.ejected).toEqual([2])
    expect(res!.route).toEqual([1, 3])
    expect(res!.psum).toBe(1)
    pen[2] = 9
    expect(ej.search([1, 2], 2, 3, pen, Infinity)!.ejected).toEqual([1])
    // nothing below the bound: null
    expect(ej.search([1, 2], 2, 3, pen, 5)).toBeNull()
  })
})
