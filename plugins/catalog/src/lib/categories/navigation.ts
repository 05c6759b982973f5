/**
 * Navigation from core's behaviour events, per session in time order: which categories lead to orders and where
 * sessions leave.
 * - views and sessions per category; click-through: sessions that viewed a product of the category after it;
 * - conversion: sessions with an order_placed after viewing the category (last-touch share: the order is credited
 *   to the last category viewed before it, so categories that close sales stand out);
 * - exits: sessions whose last event was a view of the category;
 * - transitions between consecutive category views, and the most common category paths that end in an order.
 */
export type NavEvent = {
  sessionId: string
  type: string
  /** epoch ms */
  time: number
  categoryId?: string | null
  productId?: string | null
}

export type CategoryFlow = {
  categoryId: string
  views: number
  sessions: number
  clickThroughSessions: number
  orderSessions: number
  lastTouchOrders: number
  exits: number
  conversion: number
  exitRate: number
  clickThrough: number
}

export type NavigationReport = {
  categories: CategoryFlow[]
  transitions: { from: string; to: string; count: number }[]
  orderPaths: { path: string[]; count: number }[]
  sessions: number
  orderSessions: number
}

export function analyseNavigation(events: NavEvent[], productCategories: (productId: string) => readonly string[] | undefined, options: { maxPathLength?: number; topPaths?: number } = {}): NavigationReport {
  const { maxPathLength = 4, topPaths = 20 } = options
  const bySession = new Map<string, NavEvent[]>()
  for (const e of events) {
    if (!e.sessionId) continue
    let list = bySession.get(e.sessionId)
    if (!list) bySession.set(e.sessionId, (list = []))
    list.push(e)
  }
  const flows = new Map<string, CategoryFlow>()
  const flow = (id: string) => {
    let f = flows.get(id)
    if (!f) flows.set(id, (f = { categoryId: id, views: 0, sessions: 0, clickThroughSessions: 0, orderSessions: 0, lastTouchOrders: 0, exits: 0, conversion: 0, exitRate: 0, clickThrough: 0 }))
    return f
  }
  const transitions = new Map<string, number>()
  const paths = new Map<string, number>()
  let orderSessions = 0
  for (const list of bySession.values()) {
    list.sort((a, b) => a.time - b.time)
    const viewed = new Set<string>()
    const clicked = new Set<string>()
    const converted = new Set<string>()
    let lastCategory: string | null = null
    let pathSinceOrder: string[] = []
    let ordered = false
    for (const e of list) {
      if (e.type === "category_viewed" && e.categoryId) {
        flow(e.categoryId).views++
        viewed.add(e.categoryId)
        if (lastCategory && lastCategory !== e.categoryId) {
          const k = `${lastCategory}\u0000${e.categoryId}`
          transitions.set(k, (transitions.get(k) ?? 0) + 1)
        }
        if (pathSinceOrder[pathSinceOrder.length - 1] !== e.categoryId) pathSinceOrder.push(e.categoryId)
        lastCategory = e.categoryId
      } else if (e.type === "product_viewed" && e.productId) {
        const cats = productCategories(e.productId) ?? []
        for (const c of cats) if (viewed.has(c)) clicked.add(c)
      } else if (e.type === "order_placed") {
        ordered = true
        for (const c of viewed) converted.add(c)
        if (lastCategory) flow(lastCategory).lastTouchOrders++
        if (pathSinceOrder.length) {
          const k = pathSinceOrder.slice(-maxPathLength).join("\u0000")
          paths.set(k, (paths.get(k) ?? 0) + 1)
        }
        pathSinceOrder = []
      }
    }
    if (ordered) orderSessions++
    for (const c of viewed) flow(c).sessions++
    for (const c of clicked) flow(c).clickThroughSessions++
    for (const c of converted) flow(c).orderSessions++
    const last = list[list.length - 1]
    if (last && last.type === "category_viewed" && last.categoryId) flow(last.categoryId).exits++
  }
  const categories = [...flows.values()].map((f) => ({
    ...f,
    conversion: f.sessions ? f.orderSessions / f.sessions : 0,
    exitRate: f.sessions ? f.exits / f.sessions : 0,
    clickThrough: f.sessions ? f.clickThroughSessions / f.sessions : 0,
  }))
  categories.sort((a, b) => b.sessions - a.sessions || a.categoryId.localeCompare(b.categoryId))
  return {
    categories,
    transitions: [...transitions].map(([k, count]) => ({ from: k.split("\u0000")[0], to: k.split("\u0000")[1], count })).sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    orderPaths: [...paths].map(([k, count]) => ({ path: k.split("\u0000"), count })).sort((a, b) => b.count - a.count || a.path.join("/").localeCompare(b.path.join("/"))).slice(0, topPaths),
    sessions: bySession.size,
    orderSessions,
  }
}

/**
 * Where product views come from: each product_viewed is attributed to the last category viewed before it in the
 * same session (views with no category before them are not attributed). Feeds the "move" suggestions.
 */
export function productViewSources(events: NavEvent[], productCategories: (productId: string) => readonly string[] | undefined): { productId: string; categories: string[]; viewsFrom: Record<string, number> }[] {
  const bySession = new Map<string, NavEvent[]>()
  for (const e of events) if (e.sessionId) bySession.set(e.sessionId, [...(bySession.get(e.sessionId) ?? []), e])
  const from = new Map<string, Record<string, number>>()
  for (const list of bySession.values()) {
    list.sort((a, b) => a.time - b.time)
    let last: string | null = null
    for (const e of list) {
      if (e.type === "category_viewed" && e.categoryId) last = e.categoryId
      else if (e.type === "product_viewed" && e.productId && last) {
        const m = from.get(e.productId) ?? {}
        m[last] = (m[last] ?? 0) + 1
        from.set(e.productId, m)
      }
    }
  }
  return [...from].map(([productId, viewsFrom]) => ({ productId, categories: [...(productCategories(productId) ?? [])], viewsFrom })).sort((a, b) => a.productId.localeCompare(b.productId))
}
