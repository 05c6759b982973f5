// The earliest schedule of a route (leave the depot at its ready time, wait when early), for output and checks.
import type { Problem } from "./problem"
import type { VrpInstance, VrpRoute } from "./types"

export function scheduleRoute(p: Problem, inst: VrpInstance, nodes: ArrayLike<number>): VrpRoute {
  const N = p.N
  let prev = 0
  let clock = p.ready[0]
  let distance = 0
  let load = 0
  const stops: VrpRoute["stops"] = []
  const customers: number[] = []
  for (let k = 0; k < nodes.length; k++) {
    const v = nodes[k]
    distance += p.dist[prev * N + v]
    const arrival = clock + p.time[prev * N + v]
    const start = Math.max(arrival, p.ready[v])
    clock = start + p.service[v]
    load += p.demand[v]
    customers.push(v - 1)
    stops.push({ index: v - 1, id: inst.customers[v - 1].id, arrival, start, departure: clock })
    prev = v
  }
  distance += p.dist[prev * N]
  return { customers, stops, distance, load, departure: p.ready[0], returnTime: clock + p.time[prev * N] }
}
