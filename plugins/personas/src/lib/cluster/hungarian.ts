/**
 * Minimum-cost assignment (Hungarian algorithm, Kuhn-Munkres with potentials, O(n² m)) for an n × m cost
 * matrix with n ≤ m: returns, for each row, the column assigned to it. Rectangular inputs with n > m are
 * handled by transposing. Small matrices only (personas: k ≤ ~20).
 */
export function hungarian(cost: number[][]): number[] {
  const n = cost.length
  if (n === 0) return []
  const m = cost[0].length
  if (n > m) {
    const t = Array.from({ length: m }, (_, j) => cost.map((row) => row[j]))
    const colOfT = hungarian(t)
    const rowToCol = new Array<number>(n).fill(-1)
    colOfT.forEach((row, j) => (rowToCol[row] = j))
    return rowToCol
  }
  const INF = Number.POSITIVE_INFINITY
  const u = new Array<number>(n + 1).fill(0)
  const v = new Array<number>(m + 1).fill(0)
  const p = new Array<number>(m + 1).fill(0) // p[j]: row (1-based) matched to column j
  const way = new Array<number>(m + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    p[0] = i
    let j0 = 0
    const minv = new Array<number>(m + 1).fill(INF)
    const used = new Array<boolean>(m + 1).fill(false)
    do {
      used[j0] = true
      const i0 = p[j0]
      let delta = INF
      let j1 = 0
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
        if (cur < minv[j]) {
          minv[j] = cur
          way[j] = j0
        }
        if (minv[j] < delta) {
          delta = minv[j]
          j1 = j
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta
          v[j] -= delta
        } else minv[j] -= delta
      }
      j0 = j1
    } while (p[j0] !== 0)
    do {
      const j1 = way[j0]
      p[j0] = p[j1]
      j0 = j1
    } while (j0)
  }
  const rowToCol = new Array<number>(n).fill(-1)
  for (let j = 1; j <= m; j++) if (p[j] > 0) rowToCol[p[j] - 1] = j - 1
  return rowToCol
}
