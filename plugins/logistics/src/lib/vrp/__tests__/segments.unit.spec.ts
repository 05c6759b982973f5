import { compileProblem } from "../problem"
import { F_DIST, F_DUR, F_E, F_L, F_LOAD, F_TW, Routes } from "../routes"
import { triangle } from "./fixtures"

// Hand-worked time-warp segments (Vidal et al. 2013, section 4.3) on the 3-4-5 triangle: depot (0,0), A (3,0), B (3,4).
describe("time-warp segments", () => {
  test("a feasible route: depot -> A -> B -> depot, distance 3 + 4 + 5 = 12, no warp", () => {
    const p = compileProblem(triangle())
    const rs = new Routes(p, 1)
    rs.load([[1, 2]])
    expect(rs.routeDistance(0)).toBe(12)
    expect(rs.routeTimeWarp(0)).toBe(0)
    expect(rs.routeLoad(0)).toBe(7)
    expect(rs.routeFeasible(0)).toBe(true)
  })

  test("lateness becomes time warp: B due at 5 but reached at 3 + 4 = 7 -> warp 2", () => {
    const p = compileProblem(triangle({ dueB: 5 }))
    const rs = new Routes(p, 1)
    rs.load([[1, 2]])
    expect(rs.routeTimeWarp(0)).toBeCloseTo(2, 12)
    expect(rs.routeFeasible(0)).toBe(false)
    // the other direction reaches B at 5 exactly: feasible
    rs.load([[2, 1]])
    expect(rs.routeTimeWarp(0)).toBe(0)
  })

  test("waiting and service: B ready at 20, service 2 -> back at 20 + 2 + 4 + 2 + 3 = 31", () => {
    const p = compileProblem(triangle({ readyB: 20, service: 2 }))
    const rs = new Routes(p, 1)
    rs.load([[2, 1]])
    const o = rs.full(0)
    // duration counts the wait: leaving at the latest useful time (15) gives 31 - 15 = 16
    expect(rs.fwd[o + F_DUR]).toBeCloseTo(16, 12)
    expect(rs.fwd[o + F_TW]).toBe(0)
    expect(rs.fwd[o + F_E]).toBeCloseTo(15, 12)
    expect(rs.fwd[o + F_DIST]).toBe(12)
    expect(rs.fwd[o + F_LOAD]).toBe(7)
  })

  test("the depot's due time warps a late return: depot due 10, route length 12", () => {
    const p = compileProblem(triangle({ depotDue: 10 }))
    const rs = new Routes(p, 1)
    rs.load([[1, 2]])
    expect(rs.routeTimeWarp(0)).toBeCloseTo(2, 12)
  })

  test("warp accumulates over visits and the penalised cost weighs distance, excess load and warp", () => {
    // A due 1 (reached at 3: warp 2, time reset to 1), B due 2 (reached at 1 + 4 = 5: warp 3)
    const p = compileProblem(triangle({ dueA: 1, dueB: 2, capacity: 5 }))
    const rs = new Routes(p, 1)
    rs.load([[1, 2]])
    expect(rs.routeTimeWarp(0)).toBeCloseTo(5, 12)
    rs.setWeights(1, 10, 100)
    // 12 + 10 * (7 - 5) + 100 * 5
    expect(rs.cost[0]).toBeCloseTo(532, 9)
  })

  test("the latest start L of a feasible prefix: depot -> A (due 6) -> B (due 10): L at depot = min(6 - 3, 10 - 7) = 3", () => {
    const p = compileProblem(triangle({ dueA: 6, dueB: 10 }))
    const rs = new Routes(p, 1)
    rs.load([[1, 2]])
    const o = (0 * rs.S + 2) * 8 // fwd prefix up to B
    expect(rs.fwd[o + F_L]).toBeCloseTo(3, 12)
    expect(rs.fwd[o + F_TW]).toBe(0)
  })
})
