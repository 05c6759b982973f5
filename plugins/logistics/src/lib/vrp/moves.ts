// Neighbourhood moves on Routes, addressed by (route, position); position 0 is the start depot. Each evaluate*
// returns the change of the penalised cost (new - old over the touched routes). With a finite `bound`, an
// evaluation first computes a lower bound from the distance change and the exact change of the load penalty,
// crediting the routes' whole current time warp, and returns it unrefined when it already reaches `bound`: the
// granular local search asks "is there an improvement?" and most candidates fail this cheap test (Vidal 2022,
// HGS-CVRP; PyVRP's Exchange operator). For a relocation, the receiving route's time warp is not credited:
// inserting a visit never shortens lateness when travel times obey the triangle inequality (as PyVRP assumes).
import { F_DIST, F_LOAD, SEG, type Routes } from "./routes"

/** load of positions i..i+k-1 of route r, from the prefix loads */
function chainLoad(rs: Routes, r: number, i: number, k: number): number {
  const o = (r * rs.S + i) * SEG
  return rs.fwd[o + (k - 1) * SEG + F_LOAD] - rs.fwd[o - SEG + F_LOAD]
}

/** Relocate the chain of k customers at positions i..i+k-1 of r1 to after position j of r2 (reversed if rev). */
export function evaluateRelocate(rs: Routes, r1: number, i: number, k: number, r2: number, j: number, rev = false, bound = Infinity): number {
  const { S, nodes, len } = rs
  const d = rs.p.dist
  const N = rs.p.N
  const b1 = r1 * S
  if (i < 1 || i + k - 1 > len[r1] || j < 0 || j > len[r2]) return Infinity
  if (r1 === r2 && j >= i - 1 && j <= i + k - 1) return Infinity
  const f = nodes[b1 + i]
  const l = nodes[b1 + i + k - 1]
  const cf = rev ? l : f
  const cl = rev ? f : l
  const prune = bound !== Infinity
  let dd = 0
  if (prune) {
    const b2 = r2 * S
    const a = nodes[b1 + i - 1]
    const b = nodes[b1 + i + k]
    const v = nodes[b2 + j]
    const y = nodes[b2 + j + 1]
    let inner = 0
    if (rev) for (let t = i; t < i + k - 1; t++) inner += d[nodes[b1 + t + 1] * N + nodes[b1 + t]] - d[nodes[b1 + t] * N + nodes[b1 + t + 1]]
    dd = rs.wD * (d[a * N + b] - d[a * N + f] - d[l * N + b] + d[v * N + cf] + d[cl * N + y] - d[v * N + y] + inner)
  }
  if (r1 !== r2) {
    if (prune) {
      const q = chainLoad(rs, r1, i, k)
      const lb =
        dd +
        rs.loadPenalty(rs.rLoad[r1] - q) - rs.loadPenalty(rs.rLoad[r1]) +
        rs.loadPenalty(rs.rLoad[r2] + q) - rs.loadPenalty(rs.rLoad[r2]) -
        rs.wTW * rs.rTW[r1]
      if (lb >= bound) return lb
    }
    rs.accJoin(r1, i - 1, r1, i + k)
    const c1 = rs.accCost() - rs.cost[r1]
    // staged: r1's exact change plus r2's load change already decide when r2's time warp cannot fall
    if (prune) {
      const q = chainLoad(rs, r1, i, k)
      const r2Dist = dd - rs.wD * (rs.acc[F_DIST] - rs.rDist[r1])
      const part = c1 + r2Dist + rs.loadPenalty(rs.rLoad[r2] + q) - rs.loadPenalty(rs.rLoad[r2])
      if (part >= bound) return part
    }
    rs.accFwd(r2, j)
    if (rev) rs.accRangeRev(r1, i, i + k - 1)
    else rs.accRange(r1, i, i + k - 1)
    rs.accBwd(r2, j + 1)
    return c1 + rs.accCost() - rs.cost[r2]
  }
  if (prune && dd - rs.wTW * rs.rTW[r1] >= bound) return dd - rs.wTW * rs.rTW[r1]
  if (j < i - 1) {
    rs.accFwd(r1, j)
    chain(rs, r1, i, k, rev)
    rs.accRange(r1, j + 1, i - 1)
    rs.accBwd(r1, i + k)
  } else {
    rs.accFwd(r1, i - 1)
    rs.accRange(r1, i + k, j)
    chain(rs, r1, i, k, rev)
    rs.accBwd(r1, j + 1)
  }
  return rs.accCost() - rs.cost[r1]
}

function chain(rs: Routes, r: number, i: number, k: number, rev: boolean): void {
  if (rev) rs.accRangeRev(r, i, i + k - 1)
  else rs.accRange(r, i, i + k - 1)
}

export function applyRelocate(rs: Routes, r1: number, i: number, k: number, r2: number, j: number, rev = false): void {
  const { nodes, S } = rs
  const b1 = r1 * S
  const L1 = rs.len[r1]
  const A = rs.bufA
  if (r1 !== r2) {
    const b2 = r2 * S
    const L2 = rs.len[r2]
    const B = rs.bufB
    let n = 0
    for (let t = 1; t <= j; t++) B[n++] = nodes[b2 + t]
    if (rev) for (let t = i + k - 1; t >= i; t--) B[n++] = nodes[b1 + t]
    else for (let t = i; t < i + k; t++) B[n++] = nodes[b1 + t]
    for (let t = j + 1; t <= L2; t++) B[n++] = nodes[b2 + t]
    let m = 0
    for (let t = 1; t <= L1; t++) if (t < i || t >= i + k) A[m++] = nodes[b1 + t]
    rs.setRoute(r1, A, m)
    rs.setRoute(r2, B, n)
    return
  }
  // positions are 1-based; j counts in the route before removal
  let m = 0
  for (let pos = 0; pos <= L1; pos++) {
    if (pos >= 1 && (pos < i || pos > i + k - 1)) A[m++] = nodes[b1 + pos]
    if (pos === j) {
      if (rev) for (let t = i + k - 1; t >= i; t--) A[m++] = nodes[b1 + t]
      else for (let t = i; t < i + k; t++) A[m++] = nodes[b1 + t]
    }
  }
  rs.setRoute(r1, A, m)
}

/** Exchange chains i..i+k1-1 of r1 and j..j+k2-1 of r2 (non-overlapping when r1 = r2). */
export function evaluateSwap(rs: Routes, r1: number, i: number, k1: number, r2: number, j: number, k2: number, bound = Infinity): number {
  const { S, nodes, len } = rs
  if (i < 1 || j < 1 || i + k1 - 1 > len[r1] || j + k2 - 1 > len[r2]) return Infinity
  if (r1 === r2 && i > j) return evaluateSwap(rs, r2, j, k2, r1, i, k1, bound)
  if (r1 === r2 && i + k1 > j) return Infinity
  const prune = bound !== Infinity
  const d = rs.p.dist
  const N = rs.p.N
  const b1 = r1 * S
  const b2 = r2 * S
  if (r1 === r2) {
    if (prune) {
      const a1 = nodes[b1 + i - 1]
      const f1 = nodes[b1 + i]
      const l1 = nodes[b1 + i + k1 - 1]
      const e1 = nodes[b1 + i + k1]
      const a2 = nodes[b1 + j - 1]
      const f2 = nodes[b1 + j]
      const l2 = nodes[b1 + j + k2 - 1]
      const e2 = nodes[b1 + j + k2]
      const dd =
        e1 === f2
          ? d[a1 * N + f2] + d[l2 * N + f1] + d[l1 * N + e2] - d[a1 * N + f1] - d[l1 * N + f2] - d[l2 * N + e2]
          : d[a1 * N + f2] + d[l2 * N + e1] + d[a2 * N + f1] + d[l1 * N + e2] -
            d[a1 * N + f1] - d[l1 * N + e1] - d[a2 * N + f2] - d[l2 * N + e2]
      const lb = rs.wD * dd - rs.wTW * rs.rTW[r1]
      if (lb >= bound) return lb
    }
    rs.accFwd(r1, i - 1)
    rs.accRange(r1, j, j + k2 - 1)
    rs.accRange(r1, i + k1, j - 1)
    rs.accRange(r1, i, i + k1 - 1)
    rs.accBwd(r1, j + k2)
    return rs.accCost() - rs.cost[r1]
  }
  if (prune) {
    const a1 = nodes[b1 + i - 1]
    const f1 = nodes[b1 + i]
    const l1 = nodes[b1 + i + k1 - 1]
    const e1 = nodes[b1 + i + k1]
    const a2 = nodes[b2 + j - 1]
    const f2 = nodes[b2 + j]
    const l2 = nodes[b2 + j + k2 - 1]
    const e2 = nodes[b2 + j + k2]
    const dd =
      d[a1 * N + f2] + d[l2 * N + e1] + d[a2 * N + f1] + d[l1 * N + e2] -
      d[a1 * N + f1] - d[l1 * N + e1] - d[a2 * N + f2] - d[l2 * N + e2]
    const q = chainLoad(rs, r1, i, k1) - chainLoad(rs, r2, j, k2)
    const lb =
      rs.wD * dd +
      rs.loadPenalty(rs.rLoad[r1] - q) - rs.loadPenalty(rs.rLoad[r1]) +
      rs.loadPenalty(rs.rLoad[r2] + q) - rs.loadPenalty(rs.rLoad[r2]) -
      rs.wTW * (rs.rTW[r1] + rs.rTW[r2])
    if (lb >= bound) return lb
  }
  rs.accFwd(r1, i - 1)
  rs.accRange(r2, j, j + k2 - 1)
  rs.accBwd(r1, i + k1)
  const c1 = rs.accCost()
  rs.accFwd(r2, j - 1)
  rs.accRange(r1, i, i + k1 - 1)
  rs.accBwd(r2, j + k2)
  return c1 + rs.accCost() - rs.cost[r1] - rs.cost[r2]
}

export function applySwap(rs: Routes, r1: number, i: number, k1: number, r2: number, j: number, k2: number): void {
  const { nodes, S } = rs
  if (r1 === r2 && i > j) return applySwap(rs, r2, j, k2, r1, i, k1)
  const b1 = r1 * S
  const b2 = r2 * S
  const A = rs.bufA
  if (r1 === r2) {
    // prefix, chain 2, middle, chain 1, suffix
    const L = rs.len[r1]
    let m = 0
    for (let t = 1; t < i; t++) A[m++] = nodes[b1 + t]
    for (let t = j; t < j + k2; t++) A[m++] = nodes[b1 + t]
    for (let t = i + k1; t < j; t++) A[m++] = nodes[b1 + t]
    for (let t = i; t < i + k1; t++) A[m++] = nodes[b1 + t]
    for (let t = j + k2; t <= L; t++) A[m++] = nodes[b1 + t]
    rs.setRoute(r1, A, m)
    return
  }
  const B = rs.bufB
  const L1 = rs.len[r1]
  const L2 = rs.len[r2]
  let m = 0
  for (let t = 1; t < i; t++) A[m++] = nodes[b1 + t]
  for (let t = j; t < j + k2; t++) A[m++] = nodes[b2 + t]
  for (let t = i + k1; t <= L1; t++) A[m++] = nodes[b1 + t]
  let n = 0
  for (let t = 1; t < j; t++) B[n++] = nodes[b2 + t]
  for (let t = i; t < i + k1; t++) B[n++] = nodes[b1 + t]
  for (let t = j + k2; t <= L2; t++) B[n++] = nodes[b2 + t]
  rs.setRoute(r1, A, m)
  rs.setRoute(r2, B, n)
}

/** 2-opt* (Potvin & Rousseau 1995): r1 keeps positions 0..i and takes r2's tail after j; r2 the converse. */
export function evaluateTwoOptStar(rs: Routes, r1: number, i: number, r2: number, j: number, bound = Infinity): number {
  const { S, nodes, len } = rs
  if (r1 === r2 || i < 0 || j < 0 || i > len[r1] || j > len[r2]) return Infinity
  const b1 = (r1 * S + i) * 8
  const b2 = (r2 * S + j) * 8
  if (bound !== Infinity) {
    const d = rs.p.dist
    const N = rs.p.N
    const u = nodes[r1 * S + i]
    const x = nodes[r1 * S + i + 1]
    const v = nodes[r2 * S + j]
    const y = nodes[r2 * S + j + 1]
    const q1 = rs.fwd[b1 + 4] + rs.bwd[b2 + 8 + 4]
    const q2 = rs.fwd[b2 + 4] + rs.bwd[b1 + 8 + 4]
    const lb =
      rs.wD * (d[u * N + y] + d[v * N + x] - d[u * N + x] - d[v * N + y]) +
      rs.loadPenalty(q1) + rs.loadPenalty(q2) - rs.loadPenalty(rs.rLoad[r1]) - rs.loadPenalty(rs.rLoad[r2]) -
      rs.wTW * (rs.rTW[r1] + rs.rTW[r2])
    if (lb >= bound) return lb
  }
  rs.accJoin(r1, i, r2, j + 1)
  const c1 = rs.accCost()
  rs.accJoin(r2, j, r1, i + 1)
  return c1 + rs.accCost() - rs.cost[r1] - rs.cost[r2]
}

export function applyTwoOptStar(rs: Routes, r1: number, i: number, r2: number, j: number): void {
  const { nodes, S } = rs
  const b1 = r1 * S
  const b2 = r2 * S
  const A = rs.bufA
  const B = rs.bufB
  let m = 0
  for (let t = 1; t <= i; t++) A[m++] = nodes[b1 + t]
  for (let t = j + 1; t <= rs.len[r2]; t++) A[m++] = nodes[b2 + t]
  let n = 0
  for (let t = 1; t <= j; t++) B[n++] = nodes[b2 + t]
  for (let t = i + 1; t <= rs.len[r1]; t++) B[n++] = nodes[b1 + t]
  rs.setRoute(r1, A, m)
  rs.setRoute(r2, B, n)
}

/** 2-opt within route r: reverse positions i+1..j (0 <= i < j <= len). */
export function evaluateTwoOpt(rs: Routes, r: number, i: number, j: number, bound = Infinity): number {
  if (i < 0 || j <= i + 1 || j > rs.len[r]) return Infinity
  if (bound !== Infinity && rs.p.symmetric) {
    const d = rs.p.dist
    const N = rs.p.N
    const base = r * rs.S
    const u = rs.nodes[base + i]
    const x = rs.nodes[base + i + 1]
    const v = rs.nodes[base + j]
    const y = rs.nodes[base + j + 1]
    const lb = rs.wD * (d[u * N + v] + d[x * N + y] - d[u * N + x] - d[v * N + y]) - rs.wTW * rs.rTW[r]
    if (lb >= bound) return lb
  }
  rs.accFwd(r, i)
  rs.accRangeRev(r, i + 1, j)
  rs.accBwd(r, j + 1)
  return rs.accCost() - rs.cost[r]
}

export function applyTwoOpt(rs: Routes, r: number, i: number, j: number): void {
  const { nodes, S } = rs
  const b = r * S
  const A = rs.bufA
  let m = 0
  for (let t = 1; t <= i; t++) A[m++] = nodes[b + t]
  for (let t = j; t > i; t--) A[m++] = nodes[b + t]
  for (let t = j + 1; t <= rs.len[r]; t++) A[m++] = nodes[b + t]
  rs.setRoute(r, A, m)
}
