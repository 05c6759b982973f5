// The transportation problem (Hitchcock 1941): ship demand from capacitated facilities at least total cost, units
// divisible. Solved exactly as a min-cost flow by successive shortest paths with Bellman–Ford on the residual
// network (R. K. Ahuja, T. L. Magnanti, J. B. Orlin, "Network Flows", 1993, ch. 9). Demand the capacities cannot
// hold is left unserved and reported.

export type TransportResult = {
  /** flow[i * f + j]: units of demand i served by facility j */
  flow: Float64Array
  cost: number
  unserved: number
  /** units used per facility */
  used: Float64Array
}

export function solveTransport(cost: Float64Array, demand: Float64Array, capacity: Float64Array): TransportResult {
  const m = demand.length
  const f = capacity.length
  // nodes: 0 source, 1..f facilities, f+1..f+m demands, f+m+1 sink
  const S = 0
  const T = f + m + 1
  const N = T + 1
  type Edge = { to: number; cap: number; cost: number; rev: number }
  const g: Edge[][] = Array.from({ length: N }, () => [])
  const add = (u: number, v: number, cap: number, c: number) => {
    g[u].push({ to: v, cap, cost: c, rev: g[v].length })
    g[v].push({ to: u, cap: 0, cost: -c, rev: g[u].length - 1 })
  }
  for (let j = 0; j < f; j++) add(S, 1 + j, capacity[j], 0)
  const arc: number[] = []
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < f; j++) {
      arc.push(g[1 + j].length)
      add(1 + j, 1 + f + i, Infinity, cost[i * f + j])
    }
    add(1 + f + i, T, demand[i], 0)
  }
  let total = 0
  const need = demand.reduce((s, d) => s + d, 0)
  let sent = 0
  const dist = new Float64Array(N)
  const prevNode = new Int32Array(N)
  const prevEdge = new Int32Array(N)
  while (sent < need - 1e-9) {
    dist.fill(Infinity)
    dist[S] = 0
    // Bellman–Ford (costs may be negative on residual arcs)
    for (let round = 0; round < N; round++) {
      let changed = false
      for (let u = 0; u < N; u++) {
        if (dist[u] === Infinity) continue
        for (let e = 0; e < g[u].length; e++) {
          const ed = g[u][e]
          if (ed.cap > 1e-12 && dist[u] + ed.cost < dist[ed.to] - 1e-12) {
            dist[ed.to] = dist[u] + ed.cost
            prevNode[ed.to] = u
            prevEdge[ed.to] = e
            changed = true
          }
        }
      }
      if (!changed) break
    }
    if (dist[T] === Infinity) break
    let push = need - sent
    for (let v = T; v !== S; v = prevNode[v]) push = Math.min(push, g[prevNode[v]][prevEdge[v]].cap)
    for (let v = T; v !== S; v = prevNode[v]) {
      const ed = g[prevNode[v]][prevEdge[v]]
      ed.cap -= push
      g[v][ed.rev].cap += push
    }
    sent += push
    total += push * dist[T]
  }
  const flow = new Float64Array(m * f)
  const used = new Float64Array(f)
  let k = 0
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < f; j++) {
      const ed = g[1 + j][arc[k++]]
      const x = g[ed.to][ed.rev].cap // residual of the reverse arc = flow
      flow[i * f + j] = x
      used[j] += x
    }
  }
  return { flow, cost: total, unserved: Math.max(0, need - sent), used }
}
