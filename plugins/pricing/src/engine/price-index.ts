import type { MedusaContainer } from "@medusajs/framework/types"
import { categoryPriceIndex, productPriceIndex, type CategoryIndex, type IndexedProduct } from "../lib/competitors/price-index"
import type { CompetitorQuote } from "../lib/strategies/types"
import { unitsSold } from "../reads/core-tables"
import { categoryNames, currentPrice, productSummaries, variantPrices } from "../reads/medusa-prices"
import { pricingDb, pricingService } from "./context"

const DAY = 86_400_000

export type ProductIndexRow = {
  product_id: string
  title: string
  category_id: string | null
  variant_id: string
  own_price: number
  index: number | null
  anchor_price: number | null
  competitors: number
  revenue_28d: number
}

export type PriceIndexReport = {
  currency_code: string | null
  anchor: "median" | "min"
  max_age_days: number
  categories: (CategoryIndex & { name: string })[]
  products: ProductIndexRow[]
}

/**
 * The price index (own price / competitors' median or lowest fresh in-stock price × 100) per product and per category
 * (revenue-weighted geometric mean, lib/competitors/price-index.ts), in one currency: the one most observations are
 * in unless asked. A product with several matched variants is represented by the one with the most quotes.
 */
export async function priceIndex(container: MedusaContainer, o: { now: Date; currency?: string | null; maxAgeDays?: number; anchor?: "median" | "min" }): Promise<PriceIndexReport> {
  const svc = pricingService(container)
  const db = pricingDb(container)
  const maxAgeDays = o.maxAgeDays ?? 7
  const anchor = o.anchor ?? "median"
  const now = o.now.getTime()
  const latest = (await svc.latestObservations(null, new Date(now - maxAgeDays * DAY))).filter((x) => new Date(x.observed_at).getTime() <= now)
  const counts = new Map<string, number>()
  for (const x of latest) counts.set(x.currency_code, (counts.get(x.currency_code) ?? 0) + 1)
  const currency = o.currency ?? [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null
  if (!currency) return { currency_code: null, anchor, max_age_days: maxAgeDays, categories: [], products: [] }
  const quotes = new Map<string, CompetitorQuote[]>()
  for (const x of latest) {
    if (x.currency_code !== currency) continue
    quotes.set(x.variant_id, [...(quotes.get(x.variant_id) ?? []), { competitorId: x.competitor_id, price: x.price, inStock: x.in_stock, observedAt: new Date(x.observed_at).getTime() }])
  }
  const prices = await variantPrices(db, [...quotes.keys()], await svc.getPriceListId())
  const pick = new Map<string, { variantId: string; own: number; quotes: CompetitorQuote[] }>()
  for (const [variantId, q] of [...quotes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const v = prices.get(variantId)
    const own = v ? currentPrice(v, currency, null) : null
    if (!v || !own) continue
    const cur = pick.get(v.productId)
    if (!cur || q.length > cur.quotes.length) pick.set(v.productId, { variantId, own: own.amount, quotes: q })
  }
  const productIds = [...pick.keys()]
  const [summaries, sold] = await Promise.all([productSummaries(db, productIds), unitsSold(db, "product", new Date(now - 28 * DAY), o.now, productIds)])
  const indexed: IndexedProduct[] = []
  const rows: ProductIndexRow[] = []
  for (const [productId, p] of pick) {
    const s = summaries.get(productId)
    const revenue = sold.get(`${productId}|${currency}`)?.revenue ?? 0
    indexed.push({ productId, categoryId: s?.category_id ?? null, ownPrice: p.own, quotes: p.quotes, weight: revenue > 0 ? revenue : 1 })
    const ix = productPriceIndex(p.own, p.quotes, { now, maxAgeDays, anchor })
    rows.push({ product_id: productId, title: s?.title ?? productId, category_id: s?.category_id ?? null, variant_id: p.variantId, own_price: p.own, index: ix.index, anchor_price: ix.anchorPrice, competitors: ix.competitors, revenue_28d: revenue })
  }
  const cats = categoryPriceIndex(indexed, { now, maxAgeDays, anchor })
  const names = await categoryNames(db, cats.map((c) => c.categoryId))
  return {
    currency_code: currency,
    anchor,
    max_age_days: maxAgeDays,
    categories: cats.map((c) => ({ ...c, name: names.get(c.categoryId) ?? (c.categoryId === "uncategorised" ? "Uncategorised" : c.categoryId) })),
    products: rows.sort((a, b) => (b.index ?? -1) - (a.index ?? -1) || (a.product_id < b.product_id ? -1 : 1)),
  }
}
