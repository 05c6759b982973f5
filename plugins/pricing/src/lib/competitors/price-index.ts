import { median } from "../math/stats"
import { freshQuotes, type CompetitorQuote } from "../strategies/types"

export type IndexOptions = { now: number; maxAgeDays?: number; anchor?: "median" | "min" }

export type ProductIndex = {
  /** own / competitor anchor × 100: 100 = at the market, 110 = 10 % dearer; null without a fresh in-stock quote */
  index: number | null
  anchorPrice: number | null
  competitors: number
}

/** The price index of one product: own price over the median (or lowest) fresh in-stock competitor price, × 100. */
export function productPriceIndex(ownPrice: number, quotes: readonly CompetitorQuote[], o: IndexOptions): ProductIndex {
  const fresh = freshQuotes(quotes, o.now, o.maxAgeDays ?? 7)
  if (!fresh.length || !(ownPrice > 0)) return { index: null, anchorPrice: null, competitors: fresh.length }
  const prices = fresh.map((q) => q.price)
  const anchorPrice = o.anchor === "min" ? Math.min(...prices) : median(prices)
  return { index: (ownPrice / anchorPrice) * 100, anchorPrice, competitors: fresh.length }
}

export type IndexedProduct = {
  productId: string
  categoryId: string | null
  ownPrice: number
  quotes: readonly CompetitorQuote[]
  /** e.g. the product's revenue over the last 28 days; default 1 (every product counts the same) */
  weight?: number
}

export type CategoryIndex = {
  categoryId: string
  /** weighted geometric mean of the product indices; null when none has a quote */
  index: number | null
  /** products with an index / products in the category */
  covered: number
  products: number
  /** products dearer than the market by more than 5 % / cheaper by more than 5 % */
  above: number
  below: number
}

/**
 * The index per category: a weighted geometric mean of its products' indices. Geometric because an index is a
 * ratio (10 % dearer and 10 % cheaper should cancel, which an arithmetic mean of 110 and 90.9 does not), weighted
 * by revenue when given so a bestseller counts for more than a long-tail item.
 */
export function categoryPriceIndex(products: readonly IndexedProduct[], o: IndexOptions): CategoryIndex[] {
  const acc = new Map<string, { logSum: number; w: number; covered: number; products: number; above: number; below: number }>()
  for (const p of products) {
    const c = p.categoryId ?? "uncategorised"
    let a = acc.get(c)
    if (!a) acc.set(c, (a = { logSum: 0, w: 0, covered: 0, products: 0, above: 0, below: 0 }))
    a.products++
    const { index } = productPriceIndex(p.ownPrice, p.quotes, o)
    const w = p.weight ?? 1
    if (index === null || !(w > 0)) continue
    a.covered++
    a.logSum += w * Math.log(index)
    a.w += w
    if (index > 105) a.above++
    else if (index < 95) a.below++
  }
  return [...acc]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([categoryId, a]) => ({
      categoryId,
      index: a.w > 0 ? Math.exp(a.logSum / a.w) : null,
      covered: a.covered,
      products: a.products,
      above: a.above,
      below: a.below,
    }))
}
