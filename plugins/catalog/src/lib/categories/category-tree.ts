/**
 * Health of a category tree (Medusa's product categories: id, name, parent_category_id, rank): depth and breadth,
 * empty categories (no product anywhere below), overloaded ones (too many products directly in one category, or
 * many times its siblings' median, so shoppers scroll instead of narrowing down), thin ones (a leaf with fewer than
 * `minProducts`), over-deep paths, and products in no category. Cycles in the parent links are reported, not
 * followed.
 */
export type CategoryNode = { id: string; name: string; parentId: string | null; rank?: number | null; isActive?: boolean | null }
export type CategoryLink = { productId: string; categoryId: string }

export type CategoryFlag = "empty" | "overloaded" | "thin" | "deep" | "inactive_with_products"

export type CategoryStats = {
  id: string
  name: string
  parentId: string | null
  depth: number
  /** names from the root down to this category */
  path: string[]
  children: number
  directProducts: number
  /** distinct products in the category and everything below it */
  totalProducts: number
  flags: CategoryFlag[]
}

export type TreeOptions = { overloadedProducts?: number; overloadedRatio?: number; minProducts?: number; maxDepth?: number }

export type TreeReport = {
  categories: CategoryStats[]
  roots: number
  leaves: number
  maxDepth: number
  meanLeafDepth: number
  /** mean number of children of categories that have any */
  meanBranching: number
  empty: string[]
  overloaded: string[]
  thin: string[]
  uncategorizedProducts: string[]
  cycles: string[]
}

export function analyseCategoryTree(categories: CategoryNode[], links: CategoryLink[], productIds: string[], options: TreeOptions = {}): TreeReport {
  const { overloadedProducts = 60, overloadedRatio = 3, minProducts = 3, maxDepth: deepAt = 4 } = options
  const byId = new Map(categories.map((c) => [c.id, c]))
  const kids = new Map<string, string[]>()
  for (const c of categories) if (c.parentId && byId.has(c.parentId)) kids.set(c.parentId, [...(kids.get(c.parentId) ?? []), c.id])
  const direct = new Map<string, Set<string>>()
  const linked = new Set<string>()
  for (const l of links) {
    if (!byId.has(l.categoryId)) continue
    let s = direct.get(l.categoryId)
    if (!s) direct.set(l.categoryId, (s = new Set()))
    s.add(l.productId)
    linked.add(l.productId)
  }
  const cycles: string[] = []
  const depth = new Map<string, number>()
  const path = new Map<string, string[]>()
  for (const c of categories) {
    const seen = new Set<string>()
    const chain: CategoryNode[] = []
    let cur: CategoryNode | undefined = c
    while (cur && !seen.has(cur.id)) {
      seen.add(cur.id)
      chain.push(cur)
      cur = cur.parentId ? byId.get(cur.parentId) : undefined
    }
    if (cur) cycles.push(c.id)
    depth.set(c.id, chain.length - 1)
    path.set(c.id, chain.reverse().map((x) => x.name))
  }
  const subtree = new Map<string, Set<string>>()
  const collect = (id: string, guard: Set<string>): Set<string> => {
    const done = subtree.get(id)
    if (done) return done
    const s = new Set(direct.get(id) ?? [])
    guard.add(id)
    for (const k of kids.get(id) ?? []) if (!guard.has(k)) for (const p of collect(k, guard)) s.add(p)
    subtree.set(id, s)
    return s
  }
  for (const c of categories) collect(c.id, new Set())
  const siblingMedian = (c: CategoryNode): number => {
    const sibs = categories.filter((x) => x.parentId === c.parentId && x.id !== c.id).map((x) => direct.get(x.id)?.size ?? 0).sort((a, b) => a - b)
    return sibs.length ? sibs[Math.floor((sibs.length - 1) / 2)] : 0
  }
  const stats: CategoryStats[] = categories.map((c) => {
    const d = direct.get(c.id)?.size ?? 0
    const total = subtree.get(c.id)?.size ?? 0
    const children = kids.get(c.id)?.length ?? 0
    const flags: CategoryFlag[] = []
    if (total === 0) flags.push("empty")
    const med = siblingMedian(c)
    if (d >= overloadedProducts || (med > 0 && d >= overloadedRatio * med && d >= 2 * minProducts)) flags.push("overloaded")
    if (children === 0 && total > 0 && total < minProducts) flags.push("thin")
    if ((depth.get(c.id) ?? 0) >= deepAt) flags.push("deep")
    if (c.isActive === false && total > 0) flags.push("inactive_with_products")
    return { id: c.id, name: c.name, parentId: c.parentId, depth: depth.get(c.id) ?? 0, path: path.get(c.id) ?? [c.name], children, directProducts: d, totalProducts: total, flags }
  })
  const leaves = stats.filter((s) => s.children === 0)
  const parents = stats.filter((s) => s.children > 0)
  return {
    categories: stats,
    roots: stats.filter((s) => !s.parentId || !byId.has(s.parentId)).length,
    leaves: leaves.length,
    maxDepth: stats.reduce((m, s) => Math.max(m, s.depth), 0),
    meanLeafDepth: leaves.length ? leaves.reduce((a, s) => a + s.depth, 0) / leaves.length : 0,
    meanBranching: parents.length ? parents.reduce((a, s) => a + s.children, 0) / parents.length : 0,
    empty: stats.filter((s) => s.flags.includes("empty")).map((s) => s.id),
    overloaded: stats.filter((s) => s.flags.includes("overloaded")).map((s) => s.id),
    thin: stats.filter((s) => s.flags.includes("thin")).map((s) => s.id),
    uncategorizedProducts: productIds.filter((p) => !linked.has(p)).sort(),
    cycles,
  }
}
