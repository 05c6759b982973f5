import { CategoryNode, TreeReport } from "./category-tree"
import { CategoryFlow } from "./navigation"

/**
 * Suggestions from the tree report and the navigation flows:
 * - merge: thin sibling leaves (fewer than minProducts each) into one, or a thin leaf into its parent;
 * - split: an overloaded category, by its most common product option or tag values when the caller gives them;
 * - move: a product viewed mostly from a category it is not in (≥ `moveShare` of its category-attributed views,
 *   at least `minViews`), to be added there;
 * - order: siblings ranked by conversion shrunk towards the siblings' mean (empirical Bayes with `priorSessions`
 *   pseudo-sessions, so a category with 3 sessions and 1 order does not jump to the top), against the current rank.
 */
export type Suggestion =
  | { kind: "merge"; categoryIds: string[]; into: string | null; reason: string }
  | { kind: "split"; categoryId: string; by: string[]; reason: string }
  | { kind: "move"; productId: string; from: string[]; to: string; reason: string }
  | { kind: "reorder"; parentId: string | null; order: { categoryId: string; currentRank: number; suggestedRank: number; conversion: number; adjustedConversion: number }[]; reason: string }

export type ProductViewSource = { productId: string; categories: string[]; viewsFrom: Record<string, number> }

export function suggestCategoryChanges(
  categories: CategoryNode[],
  report: TreeReport,
  flows: CategoryFlow[],
  options: { minProducts?: number; splitFacets?: Record<string, string[]>; viewSources?: ProductViewSource[]; moveShare?: number; minViews?: number; priorSessions?: number } = {}
): Suggestion[] {
  const { minProducts = 3, moveShare = 0.6, minViews = 10, priorSessions = 50 } = options
  const stats = new Map(report.categories.map((s) => [s.id, s]))
  const out: Suggestion[] = []
  // merges among thin leaves that share a parent
  const thinByParent = new Map<string | null, string[]>()
  for (const id of report.thin) {
    const p = stats.get(id)!.parentId
    thinByParent.set(p, [...(thinByParent.get(p) ?? []), id])
  }
  for (const [parent, ids] of thinByParent) {
    const total = ids.reduce((s, id) => s + stats.get(id)!.totalProducts, 0)
    if (ids.length >= 2) out.push({ kind: "merge", categoryIds: ids.sort(), into: null, reason: `${ids.length} sibling categories with fewer than ${minProducts} products each (${total} together): merge into one` })
    else if (parent) out.push({ kind: "merge", categoryIds: ids, into: parent, reason: `"${stats.get(ids[0])!.name}" has ${stats.get(ids[0])!.totalProducts} product(s): fold it into "${stats.get(parent)?.name ?? parent}"` })
  }
  for (const id of report.overloaded) {
    const s = stats.get(id)!
    const facets = options.splitFacets?.[id] ?? []
    out.push({ kind: "split", categoryId: id, by: facets, reason: `${s.directProducts} products directly in "${s.name}"${facets.length ? `: split by ${facets.join(", ")}` : ": add subcategories"}` })
  }
  for (const v of options.viewSources ?? []) {
    const total = Object.values(v.viewsFrom).reduce((a, b) => a + b, 0)
    if (total < minViews) continue
    const [top, n] = Object.entries(v.viewsFrom).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]
    if (v.categories.includes(top) || n / total < moveShare) continue
    out.push({ kind: "move", productId: v.productId, from: v.categories, to: top, reason: `${Math.round((100 * n) / total)} % of its views (${n} of ${total}) come from "${stats.get(top)?.name ?? top}", where it is not listed` })
  }
  // sibling order by shrunk conversion
  const flowBy = new Map(flows.map((f) => [f.categoryId, f]))
  const byParent = new Map<string | null, CategoryNode[]>()
  for (const c of categories) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c])
  for (const [parent, sibs] of byParent) {
    if (sibs.length < 2) continue
    const withFlow = sibs.filter((c) => flowBy.get(c.id)?.sessions)
    if (withFlow.length < 2) continue
    const sessions = withFlow.reduce((a, c) => a + flowBy.get(c.id)!.sessions, 0)
    const orders = withFlow.reduce((a, c) => a + flowBy.get(c.id)!.orderSessions, 0)
    const mean = sessions ? orders / sessions : 0
    const current = [...sibs].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name))
    const rows = sibs.map((c) => {
      const f = flowBy.get(c.id)
      const conv = f?.sessions ? f.orderSessions / f.sessions : 0
      const adj = ((f?.orderSessions ?? 0) + priorSessions * mean) / ((f?.sessions ?? 0) + priorSessions)
      return { categoryId: c.id, currentRank: current.indexOf(c), suggestedRank: 0, conversion: conv, adjustedConversion: adj }
    })
    rows.sort((a, b) => b.adjustedConversion - a.adjustedConversion || a.currentRank - b.currentRank)
    rows.forEach((r, i) => (r.suggestedRank = i))
    if (rows.some((r) => r.currentRank !== r.suggestedRank)) {
      out.push({ kind: "reorder", parentId: parent, order: rows, reason: `order the ${rows.length} categories under ${parent ? `"${stats.get(parent)?.name ?? parent}"` : "the root"} by conversion (shrunk with ${priorSessions} pseudo-sessions)` })
    }
  }
  return out
}
