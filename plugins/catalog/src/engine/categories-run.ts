import type { MedusaContainer } from "@medusajs/framework/types"
import { analyseCategoryTree } from "../lib/categories/category-tree"
import { suggestCategoryChanges } from "../lib/categories/category-suggestions"
import { splitFacets } from "../lib/categories/split-facets"
import { NavEvent, analyseNavigation, productViewSources } from "../lib/categories/navigation"
import { SearchEvent, searchGaps, thinCategories } from "../lib/selection/assortment-gaps"
import { DAY_MS } from "../lib/series/calendar"
import { FINESSE_CATALOG_MODULE } from "../modules/finesse-catalog"
import type FinesseCatalogModuleService from "../modules/finesse-catalog/service"
import { FINESSE_DATA_MODULE, readEvents, type EventsReadApi } from "../reads/data-api"
import { categoriesAndLinks, productFacets, productsInStock } from "../reads/medusa"

/**
 * The category job's engine (also run by the demo seed): Medusa's category tree and product links through
 * lib/categories (depth, breadth, empty, overloaded, thin), the last `days` days of behaviour events through the
 * navigation analysis (views, conversion, exits, paths to orders, where product views come from), suggestions
 * (merge, split by the commonest facets, move, reorder by conversion), and the gaps: searches that find nothing
 * and categories viewed far more than their products in stock would explain.
 */
export async function runCategories(container: MedusaContainer, o: { now: number; days: number; jobId?: string | null; progress?: (pct: number, message: string) => Promise<void> }) {
  const svc = container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE)
  const progress = o.progress ?? (async () => undefined)
  const t0 = Date.now()
  await progress(5, "reading categories and products")
  const { categories, links, productIds } = await categoriesAndLinks(container)
  const nodes = categories.map((c) => ({ id: c.id, name: c.name, parentId: c.parent_category_id, rank: c.rank, isActive: c.is_active }))
  const report = analyseCategoryTree(nodes, links.map((l) => ({ productId: l.product_id, categoryId: l.category_id })), productIds)
  const productCats = new Map<string, string[]>()
  for (const l of links) productCats.set(l.product_id, [...(productCats.get(l.product_id) ?? []), l.category_id])

  await progress(20, `reading ${o.days} days of behaviour events`)
  const since = new Date(o.now - o.days * DAY_MS)
  const until = new Date(o.now)
  const nav: NavEvent[] = []
  const searches: SearchEvent[] = []
  await readEvents(container.resolve<EventsReadApi>(FINESSE_DATA_MODULE), { types: ["category_viewed", "product_viewed", "order_placed", "search"], since: since.toISOString(), until: until.toISOString() }, (rows) => {
    for (const e of rows) {
      if (e.type === "search") {
        if (e.query && e.result_count !== null) searches.push({ query: e.query, resultCount: e.result_count, sessionId: e.session_id })
        continue
      }
      if (!e.session_id) continue
      nav.push({ sessionId: e.session_id, type: e.type, time: new Date(e.occurred_at).getTime(), categoryId: e.category_id, productId: e.product_id })
    }
  })
  await progress(50, `${nav.length} navigation events, ${searches.length} searches`)
  const cats = (id: string) => productCats.get(id)
  const navigation = analyseNavigation(nav, cats)
  const sources = productViewSources(nav, cats)
  const overloadedProducts = new Map<string, string[]>()
  for (const l of links) if (report.overloaded.includes(l.category_id)) overloadedProducts.set(l.category_id, [...(overloadedProducts.get(l.category_id) ?? []), l.product_id])
  const facets = await productFacets(container, [...new Set([...overloadedProducts.values()].flat())])
  const facetsBy = Object.fromEntries([...overloadedProducts].map(([id, ps]) => [id, splitFacets(ps, facets)]))
  const suggestions = suggestCategoryChanges(nodes, report, navigation.categories, { splitFacets: facetsBy, viewSources: sources })
  const gaps = searchGaps(searches)
  const inStock = await productsInStock(container)
  const flowBy = new Map(navigation.categories.map((f) => [f.categoryId, f]))
  const stockBy = new Map<string, number>()
  for (const l of links) if (inStock.has(l.product_id)) stockBy.set(l.category_id, (stockBy.get(l.category_id) ?? 0) + 1)
  const thin = thinCategories(categories.map((c) => ({ categoryId: c.id, views: flowBy.get(c.id)?.views ?? 0, productsInStock: stockBy.get(c.id) ?? 0 })))
  const health = report.categories.map((s) => {
    const f = flowBy.get(s.id)
    return {
      category_id: s.id,
      name: s.name,
      path: s.path.join(" / "),
      parent_id: s.parentId,
      depth: s.depth,
      children: s.children,
      direct_products: s.directProducts,
      total_products: s.totalProducts,
      products_in_stock: stockBy.get(s.id) ?? 0,
      flags: s.flags,
      views: f?.views ?? 0,
      sessions: f?.sessions ?? 0,
      order_sessions: f?.orderSessions ?? 0,
      last_touch_orders: f?.lastTouchOrders ?? 0,
      exits: f?.exits ?? 0,
      conversion: f?.conversion ?? 0,
      exit_rate: f?.exitRate ?? 0,
      click_through: f?.clickThrough ?? 0,
    }
  })
  const names = new Map(report.categories.map((s) => [s.id, s.path.join(" / ")]))
  const summary = {
    categories: report.categories.length,
    roots: report.roots,
    leaves: report.leaves,
    max_depth: report.maxDepth,
    mean_leaf_depth: Math.round(report.meanLeafDepth * 100) / 100,
    mean_branching: Math.round(report.meanBranching * 100) / 100,
    empty: report.empty.length,
    overloaded: report.overloaded.length,
    thin: report.thin.length,
    uncategorized_products: report.uncategorizedProducts.length,
    cycles: report.cycles,
    sessions: navigation.sessions,
    order_sessions: navigation.orderSessions,
    days: o.days,
  }
  const runId = await svc.saveCategoryRun(
    {
      job_id: o.jobId ?? null,
      summary,
      suggestions,
      search_gaps: gaps.slice(0, 200),
      thin_categories: thin.slice(0, 100).map((t) => ({ ...t, path: names.get(t.categoryId) ?? t.categoryId, ratioToMedian: Number.isFinite(t.ratioToMedian) ? t.ratioToMedian : null })),
      order_paths: navigation.orderPaths.map((p) => ({ count: p.count, path: p.path, names: p.path.map((id) => names.get(id) ?? id) })),
      uncategorized: report.uncategorizedProducts.slice(0, 500),
      events_since: since,
      events_until: until,
    },
    health
  )
  await progress(100, `${report.categories.length} categories: ${report.empty.length} empty, ${report.overloaded.length} overloaded; ${suggestions.length} suggestions, ${gaps.length} search gaps`)
  return { run_id: runId, ...summary, suggestions: suggestions.length, search_gaps: gaps.length, thin_categories: thin.length, seconds: Math.round((Date.now() - t0) / 100) / 10 }
}
