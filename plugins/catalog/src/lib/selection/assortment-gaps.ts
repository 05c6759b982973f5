/**
 * Gaps in the range, from core's behaviour events:
 * - search gaps: normalised queries searched at least `minSearches` times whose searches return nothing (or fewer
 *   than `fewResults`) most of the time, ranked by searches with no result;
 * - thin categories: categories whose views per product in stock exceed `viewsPerProduct` times the median
 *   category's (shoppers look, there is little to buy), ranked by that ratio.
 */
export type SearchEvent = { query: string; resultCount: number; sessionId?: string | null }

export type SearchGap = { query: string; searches: number; zeroResultSearches: number; meanResults: number; zeroShare: number }

/** Lower case, accents stripped, punctuation to spaces, whitespace collapsed. */
export function normaliseQuery(q: string): string {
  return q
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}

export function searchGaps(events: SearchEvent[], options: { minSearches?: number; fewResults?: number; minShare?: number } = {}): SearchGap[] {
  const { minSearches = 3, fewResults = 3, minShare = 0.5 } = options
  const by = new Map<string, { n: number; zero: number; few: number; sum: number }>()
  for (const e of events) {
    const q = normaliseQuery(e.query)
    if (!q) continue
    const a = by.get(q) ?? { n: 0, zero: 0, few: 0, sum: 0 }
    a.n++
    a.sum += Math.max(0, e.resultCount)
    if (e.resultCount <= 0) a.zero++
    if (e.resultCount < fewResults) a.few++
    by.set(q, a)
  }
  const out: SearchGap[] = []
  for (const [query, a] of by) {
    if (a.n < minSearches || a.few / a.n < minShare) continue
    out.push({ query, searches: a.n, zeroResultSearches: a.zero, meanResults: a.sum / a.n, zeroShare: a.zero / a.n })
  }
  return out.sort((x, y) => y.zeroResultSearches - x.zeroResultSearches || y.searches - x.searches || x.query.localeCompare(y.query))
}

export type CategorySupply = { categoryId: string; views: number; productsInStock: number }
export type ThinCategory = CategorySupply & { viewsPerProduct: number; ratioToMedian: number }

export function thinCategories(rows: CategorySupply[], options: { viewsPerProduct?: number; minViews?: number } = {}): ThinCategory[] {
  const { viewsPerProduct = 3, minViews = 20 } = options
  const vpp = rows.map((r) => r.views / Math.max(1, r.productsInStock))
  const sorted = [...vpp].sort((a, b) => a - b)
  const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0
  return rows
    .map((r, i) => ({ ...r, viewsPerProduct: vpp[i], ratioToMedian: median > 0 ? vpp[i] / median : Infinity }))
    .filter((r) => r.views >= minViews && (r.productsInStock === 0 || r.ratioToMedian >= viewsPerProduct))
    .sort((a, b) => b.ratioToMedian - a.ratioToMedian || b.views - a.views)
}
