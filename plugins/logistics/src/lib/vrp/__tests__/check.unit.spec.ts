import { checkSolution } from "../check"
import { line4, triangle } from "./fixtures"

describe("checkSolution (independent feasibility checker)", () => {
  test("accepts a feasible solution and sums exact distances", () => {
    const r = checkSolution(line4(), [[0, 1], [2, 3]])
    expect(r.feasible).toBe(true)
    expect(r.distance).toBe(12)
    expect(r.routeDistances).toEqual([4, 8])
    expect(r.vehicles).toBe(2)
  })

  test.each([
    ["capacity", line4(), [[0, 1, 2], [3]]],
    ["duplicate-visit", line4(), [[0, 1], [1, 2], [3]]],
    ["missing-customer", line4(), [[0, 1], [2]]],
    ["unknown-customer", line4(), [[0, 1], [2, 3, 9]]],
    ["time-window", triangle({ dueB: 5 }), [[0, 1]]],
    ["depot-return", triangle({ depotDue: 11 }), [[0, 1]]],
    ["empty-route", line4(), [[0, 1], [2, 3], []]],
  ] as const)("rejects %s", (kind, inst, routes) => {
    const r = checkSolution(inst, routes.map((x) => [...x]))
    expect(r.feasible).toBe(false)
    expect(r.violations.map((v) => v.kind)).toContain(kind)
  })

  test("rejects more routes than the fleet", () => {
    const inst = line4()
    inst.vehicles.count = 1
    const r = checkSolution(inst, [[0, 1], [2, 3]])
    expect(r.violations.map((v) => v.kind)).toEqual(["fleet-size"])
  })

  test("arrival exactly at the due time is on time; service may end after it", () => {
    // depot -> B (distance 5) with B due at 5 and 10 units of service, back by 5 + 10 + 5 = 20
    const inst = triangle({ dueB: 5, service: 10, depotDue: 20 })
    expect(checkSolution(inst, [[1], [0]]).feasible).toBe(true)
    inst.depot.due = 19.999
    expect(checkSolution(inst, [[1], [0]]).violations.map((v) => v.kind)).toEqual(["depot-return"])
  })

  test("uses a given travel-time matrix instead of distances for the schedule", () => {
    const inst = triangle({ dueA: 5 })
    const slow = [[0, 6, 10], [6, 0, 8], [10, 8, 0]]
    inst.travelTime = slow
    const r = checkSolution(inst, [[0], [1]])
    expect(r.violations.map((v) => v.kind)).toEqual(["time-window"])
    expect(r.distance).toBe(6 + 10) // distances stay Euclidean
  })

  test("allowUnvisited excuses customers reported as unserved", () => {
    expect(checkSolution(line4(), [[0, 1], [2]], { allowUnvisited: [3] }).feasible).toBe(true)
  })
})
