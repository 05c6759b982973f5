// The compiled instance every phase works on: node 0 is the depot, node i (1..n) is instance.customers[i - 1];
// row-major Float64Array matrices so that the hot loops read plain typed memory.
import type { VrpInstance } from "./types"

export interface Problem {
  /** customers */
  n: number
  /** nodes = n + 1 (row length of the matrices) */
  N: number
  dist: Float64Array
  /** travel times; the same array as dist when the instance has no separate time matrix */
  time: Float64Array
  demand: Float64Array
  ready: Float64Array
  due: Float64Array
  service: Float64Array
  capacity: number
  fleet: number
  /** K nearest customers of node i (by the time-window-aware correlation below) at granular[i*K .. i*K + K) */
  granular: Int32Array
  K: number
  /** nodes a vehicle can serve alone (demand <= capacity, reachable and back in time) */
  servable: Uint8Array
  vehicleLowerBound: number
  /** distance matrix symmetric (reversing a path keeps its length) */
  symmetric: boolean
}

/** Absolute tolerance of every time and load comparison: absorbs rounding in sums of square roots. */
export const EPS = 1e-9

export function compileProblem(inst: VrpInstance, granularity = 40): Problem {
  const n = inst.customers.length
  const N = n + 1
  if (!(inst.vehicles.capacity > 0)) throw new Error("vehicles.capacity must be positive")
  if (!(inst.vehicles.count >= 1)) throw new Error("vehicles.count must be at least 1")
  const demand = new Float64Array(N)
  const ready = new Float64Array(N)
  const due = new Float64Array(N)
  const service = new Float64Array(N)
  ready[0] = inst.depot.ready
  due[0] = inst.depot.due
  inst.customers.forEach((c, k) => {
    const i = k + 1
    for (const [f, v] of [["demand", c.demand], ["ready", c.ready], ["due", c.due], ["service", c.service]] as const) {
      if (!Number.isFinite(v)) throw new Error(`customer ${c.id}: ${f} is not a finite number`)
    }
    if (c.demand < 0 || c.service < 0) throw new Error(`customer ${c.id}: negative demand or service time`)
    demand[i] = c.demand
    ready[i] = c.ready
    due[i] = c.due
    service[i] = c.service
  })
  const dist = inst.distance ? readMatrix(inst.distance, N, "distance") : euclidean(inst)
  const time = inst.travelTime ? readMatrix(inst.travelTime, N, "travelTime") : dist

  const servable = new Uint8Array(N)
  let total = 0
  for (let i = 1; i < N; i++) {
    const arrive = Math.max(ready[0], 0) + time[i]
    const start = Math.max(arrive, ready[i])
    const back = start + service[i] + time[i * N]
    const ok = demand[i] <= inst.vehicles.capacity + EPS && arrive <= due[i] + EPS && back <= due[0] + EPS && ready[i] <= due[i]
    servable[i] = ok ? 1 : 0
    if (ok) total += demand[i]
  }
  const K = Math.max(0, Math.min(granularity, n - 1))
  return {
    n,
    N,
    dist,
    time,
    demand,
    ready,
    due,
    service,
    capacity: inst.vehicles.capacity,
    fleet: inst.vehicles.count,
    granular: granularNeighbours(N, K, dist, time, ready, due, service),
    K,
    servable,
    symmetric: isSymmetric(dist, N),
    vehicleLowerBound: Math.max(total > 0 ? 1 : 0, Math.ceil(total / inst.vehicles.capacity - EPS)),
  }
}

function isSymmetric(d: Float64Array, N: number): boolean {
  for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) if (d[i * N + j] !== d[j * N + i]) return false
  return true
}

function euclidean(inst: VrpInstance): Float64Array {
  const pts = [inst.depot, ...inst.customers]
  const N = pts.length
  const xs = new Float64Array(N)
  const ys = new Float64Array(N)
  pts.forEach((p, i) => {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      throw new Error(`${i === 0 ? "depot" : `customer ${inst.customers[i - 1].id}`}: x/y missing (pass a distance matrix for lat/lng data)`)
    }
    xs[i] = p.x as number
    ys[i] = p.y as number
  })
  const d = new Float64Array(N * N)
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      const dx = xs[i] - xs[j]
      const dy = ys[i] - ys[j]
      d[i * N + j] = Math.sqrt(dx * dx + dy * dy)
    }
  }
  return d
}

function readMatrix(m: ArrayLike<number>[] | ArrayLike<number>, N: number, name: string): Float64Array {
  const out = new Float64Array(N * N)
  const rows = m as ArrayLike<number>[]
  if (m.length === N && typeof rows[0] === "object") {
    for (let i = 0; i < N; i++) {
      if (rows[i].length !== N) throw new Error(`${name} matrix row ${i} has ${rows[i].length} entries, expected ${N}`)
      for (let j = 0; j < N; j++) out[i * N + j] = rows[i][j]
    }
  } else if (m.length === N * N) {
    for (let k = 0; k < N * N; k++) out[k] = (m as ArrayLike<number>)[k]
  } else {
    throw new Error(`${name} matrix must be ${N} x ${N} (depot + customers)`)
  }
  for (let k = 0; k < N * N; k++) {
    if (!(out[k] >= 0) || !Number.isFinite(out[k])) throw new Error(`${name} matrix has a negative or non-finite entry`)
  }
  return out
}

/**
 * Correlation of Vidal et al. (2013, HGS for multi-attribute VRPs with time windows), as used by the DIMACS 2021
 * HGS and PyVRP: distance plus 0.2 x the wait and 1.0 x the time warp incurred going from i straight to j,
 * symmetrised by the minimum of both directions.
 */
function granularNeighbours(
  N: number,
  K: number,
  dist: Float64Array,
  time: Float64Array,
  ready: Float64Array,
  due: Float64Array,
  service: Float64Array,
): Int32Array {
  const out = new Int32Array(N * K)
  if (K === 0) return out
  const prox = (i: number, j: number) => {
    const t = time[i * N + j]
    const wait = Math.max(ready[j] - t - service[i] - due[i], 0)
    const warp = Math.max(ready[i] + service[i] + t - due[j], 0)
    return dist[i * N + j] + 0.2 * wait + warp
  }
  const idx: number[] = []
  const key = new Float64Array(N)
  for (let i = 1; i < N; i++) {
    idx.length = 0
    for (let j = 1; j < N; j++) {
      if (j === i) continue
      key[j] = Math.min(prox(i, j), prox(j, i))
      idx.push(j)
    }
    idx.sort((a, b) => key[a] - key[b] || a - b)
    for (let k = 0; k < K; k++) out[i * K + k] = idx[k]
  }
  return out
}
