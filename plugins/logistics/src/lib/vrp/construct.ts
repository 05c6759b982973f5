// A quick feasible start: customers taken farthest from the depot first, each put at its cheapest feasible
// position (distance added) among the open routes, or on a new route when it fits nowhere. The route
// minimisation that follows does the real work; this only has to be feasible and fast.
import { EPS, type Problem } from "./problem"
import { F_DIST, F_LOAD, F_TW, Routes } from "./routes"

export function constructRoutes(p: Problem): number[][] {
  const rs = new Routes(p, Math.max(1, p.n))
  rs.setWeights(1, 0, 0)
  const order: number[] = []
  for (let v = 1; v <= p.n; v++) if (p.servable[v]) order.push(v)
  order.sort((a, b) => p.dist[b] - p.dist[a] || a - b)
  let open = 0
  for (const v of order) {
    let bestR = -1
    let bestJ = -1
    let best = Infinity
    for (let r = 0; r < open; r++) {
      if (rs.routeLoad(r) + p.demand[v] > p.capacity + EPS) continue
      const base = rs.routeDistance(r)
      for (let j = 0; j <= rs.len[r]; j++) {
        rs.accFwd(r, j)
        rs.accNode(v)
        rs.accBwd(r, j + 1)
        if (rs.acc[F_TW] > EPS || rs.acc[F_LOAD] > p.capacity + EPS) continue
        const add = rs.acc[F_DIST] - base
        if (add < best) {
          best = add
          bestR = r
          bestJ = j
        }
      }
    }
    if (bestR < 0) {
      rs.setRoute(open++, [v])
    } else {
      const c = rs.customers(bestR)
      c.splice(bestJ, 0, v)
      rs.setRoute(bestR, c)
    }
  }
  return rs.toRoutes()
}
