// Independent feasibility checker: simulates each route from the instance itself (coordinates or its matrices),
// not from the solver's data structures, so a solver bug cannot hide behind its own bookkeeping.
// Convention (Solomon): leave the depot at its ready time, travel time = distance unless a time matrix is given,
// wait when early, arrival <= due at every customer, back at the depot by its due time.
import type { VrpInstance } from "./types"

export type ViolationKind =
  | "unknown-customer"
  | "duplicate-visit"
  | "missing-customer"
  | "capacity"
  | "time-window"
  | "depot-return"
  | "fleet-size"
  | "empty-route"

export interface Violation {
  kind: ViolationKind
  /** 0-based route index (-1 for solution-wide violations) */
  route: number
  /** index into instance.customers, when one is concerned */
  customer?: number
  detail: string
}

export interface CheckResult {
  feasible: boolean
  violations: Violation[]
  vehicles: number
  /** total distance, summed in double precision over the routes as given */
  distance: number
  routeDistances: number[]
}

export interface CheckOptions {
  /** customers (indices) allowed to stay unvisited, e.g. the solver's `unserved` */
  allowUnvisited?: Iterable<number>
  /** tolerance of time and load comparisons (default 1e-9) */
  tolerance?: number
}

/** @param routes customer indices (0-based into instance.customers) per route, depot implicit */
export function checkSolution(inst: VrpInstance, routes: number[][], opts: CheckOptions = {}): CheckResult {
  const eps = opts.tolerance ?? 1e-9
  const n = inst.customers.length
  const d = matrixLookup(inst, inst.distance, "distance")
  const t = inst.travelTime ? matrixLookup(inst, inst.travelTime, "travelTime") : d
  const violations: Violation[] = []
  const seen = new Int32Array(n)
  const routeDistances: number[] = []
  let total = 0
  routes.forEach((route, r) => {
    if (route.length === 0) violations.push({ kind: "empty-route", route: r, detail: "route visits no customer" })
    let prev = 0
    let clock = inst.depot.ready
    let load = 0
    let length = 0
    for (const c of route) {
      if (!Number.isInteger(c) || c < 0 || c >= n) {
        violations.push({ kind: "unknown-customer", route: r, detail: `no customer with index ${c}` })
        continue
      }
      if (seen[c]++ > 0) {
        violations.push({ kind: "duplicate-visit", route: r, customer: c, detail: `customer ${inst.customers[c].id} visited again` })
      }
      const cust = inst.customers[c]
      const node = c + 1
      length += d(prev, node)
      const arrival = clock + t(prev, node)
      if (arrival > cust.due + eps) {
        violations.push({
          kind: "time-window",
          route: r,
          customer: c,
          detail: `customer ${cust.id}: arrival ${arrival} after due ${cust.due}`,
        })
      }
      clock = Math.max(arrival, cust.ready) + cust.service
      load += cust.demand
      prev = node
    }
    if (route.length > 0) {
      length += d(prev, 0)
      const back = clock + t(prev, 0)
      if (back > inst.depot.due + eps) {
        violations.push({ kind: "depot-return", route: r, detail: `back at the depot at ${back}, after its due ${inst.depot.due}` })
      }
    }
    if (load > inst.vehicles.capacity + eps) {
      violations.push({ kind: "capacity", route: r, detail: `load ${load} above capacity ${inst.vehicles.capacity}` })
    }
    routeDistances.push(length)
    total += length
  })
  const allowed = new Set(opts.allowUnvisited ?? [])
  for (let c = 0; c < n; c++) {
    if (seen[c] === 0 && !allowed.has(c)) {
      violations.push({ kind: "missing-customer", route: -1, customer: c, detail: `customer ${inst.customers[c].id} not visited` })
    }
  }
  const vehicles = routes.filter((r) => r.length > 0).length
  if (vehicles > inst.vehicles.count) {
    violations.push({ kind: "fleet-size", route: -1, detail: `${vehicles} routes, fleet limit ${inst.vehicles.count}` })
  }
  return { feasible: violations.length === 0, violations, vehicles, distance: total, routeDistances }
}

function matrixLookup(
  inst: VrpInstance,
  m: VrpInstance["distance"],
  name: string,
): (i: number, j: number) => number {
  const N = inst.customers.length + 1
  if (!m) {
    const pts = [inst.depot, ...inst.customers]
    return (i, j) => {
      const a = pts[i]
      const b = pts[j]
      if (a.x === undefined || a.y === undefined || b.x === undefined || b.y === undefined) {
        throw new Error(`${name}: coordinates missing and no matrix given`)
      }
      const dx = a.x - b.x
      const dy = a.y - b.y
      return Math.sqrt(dx * dx + dy * dy)
    }
  }
  const rows = m as ArrayLike<number>[]
  if (m.length === N && typeof rows[0] === "object") return (i, j) => rows[i][j]
  const flat = m as ArrayLike<number>
  return (i, j) => flat[i * N + j]
}
