import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { buildPriceHistory, pointAt, type PricePoint, type PriceSeries } from "../lib/competitors/price-history"
import { productPriceIndex } from "../lib/competitors/price-index"
import { currentPrice, productSummaries, variantPrices, variantsOfProduct } from "../reads/medusa-prices"
import { coreData, pricingDb, pricingService } from "./context"
import { ownPriceHistory } from "./own-history"

const DAY = 86_400_000

/**
 * What the product widget shows: per day over the last `days`, our price (applied changes and rollbacks), the unit
 * cost (today's; core keeps no cost history) and each competitor's observed price (null while out of stock), plus
 * the product's elasticity, its price index and its latest changes.
 */
export async function productPricingView(container: MedusaContainer, productId: string, o: { now: Date; variantId?: string | null; currency?: string | null; days?: number }) {
  const svc = pricingService(container)
  const db = pricingDb(container)
  const summary = (await productSummaries(db, [productId])).get(productId)
  if (!summary) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  const variants = await variantsOfProduct(db, productId)
  const priceListId = await svc.getPriceListId()
  const prices = await variantPrices(db, variants.map((v) => v.id), priceListId)
  const costs = await coreData(container).loadVariantCosts(variants.map((v) => v.id))
  const now = o.now.getTime()
  const days = o.days ?? 90
  const since = now - days * DAY
  const obs = await svc.observationsOf({ product_id: productId }, new Date(since - 30 * DAY))
  const variantId = o.variantId ?? obs[obs.length - 1]?.variant_id ?? variants[0]?.id ?? null
  const v = variantId ? prices.get(variantId) : undefined
  const currencies = v ? [...new Set([...v.base.keys()].map((k) => k.split("|")[0]))].sort() : []
  const currency = o.currency ?? obs.find((x) => x.variant_id === variantId)?.currency_code ?? (currencies.includes("eur") ? "eur" : currencies[0]) ?? null
  const competitors = await svc.listFinessePricingCompetitors({}, { take: 1000 })
  const nameOf = new Map<string, { code: string; name: string }>(competitors.map((c: any) => [c.id, { code: c.code, name: c.name }]))

  const own = v && currency ? currentPrice(v, currency, null) : null
  const changes = variantId ? await svc.changesOfVariants([variantId]) : []
  const mine = changes.filter((c) => c.currency_code === currency)
  const ownPoints = ownPriceHistory(mine, own?.amount ?? null)
  const history = buildPriceHistory(
    obs
      .filter((x) => x.variant_id === variantId && x.currency_code === currency)
      .map((x) => ({ competitorId: x.competitor_id, variantId: x.variant_id, currencyCode: x.currency_code, price: x.price, inStock: x.in_stock, observedAt: new Date(x.observed_at).getTime() }))
  )
  const cost = variantId && currency ? costs.get(variantId)?.get(currency) ?? null : null
  const ownSeries: PriceSeries = { competitorId: "self", variantId: variantId ?? "", currencyCode: currency ?? "", points: ownPoints }
  const series: Record<string, number | string | null>[] = []
  for (let d = Math.floor(since / DAY); d <= Math.floor(now / DAY); d++) {
    const end = Math.min(now, (d + 1) * DAY - 1)
    const row: Record<string, number | string | null> = { day: new Date(d * DAY).toISOString().slice(0, 10), own: pointAt(ownSeries, end)?.price ?? null, cost }
    for (const s of history) {
      const p: PricePoint | null = pointAt(s, end)
      const seen = s.points[0]?.at ?? Infinity
      row[s.competitorId] = p && p.inStock && seen <= end ? p.price : null
    }
    series.push(row)
  }
  const quotes = history.map((s) => ({ competitorId: s.competitorId, price: s.points[s.points.length - 1].price, inStock: s.points[s.points.length - 1].inStock, observedAt: s.lastSeenAt ?? s.points[s.points.length - 1].at }))
  const elasticity = (await svc.productElasticities([productId])).get(productId) ?? null
  const categoryElasticity = summary.category_id
    ? (await svc.listFinessePricingElasticities({ scope: "category", scope_id: summary.category_id }, { take: 1 }))[0] ?? null
    : null
  const alerts = await svc.listFinessePricingAlerts({ product_id: productId, status: ["open", "acknowledged"] }, { take: 20, order: { raised_at: "DESC" } })
  return {
    product_id: productId,
    title: summary.title,
    variant_id: variantId,
    currency_code: currency,
    variants: variants.map((x) => {
      const p = prices.get(x.id)
      const cur = p && currency ? currentPrice(p, currency, null) : null
      return { id: x.id, title: x.title, sku: x.sku, price: cur?.amount ?? null, from_price_list: cur?.fromList ?? false, cost: currency ? costs.get(x.id)?.get(currency) ?? null : null }
    }),
    price: own?.amount ?? null,
    from_price_list: own?.fromList ?? false,
    cost,
    competitors: history.map((s) => ({ id: s.competitorId, code: nameOf.get(s.competitorId)?.code ?? s.competitorId, name: nameOf.get(s.competitorId)?.name ?? s.competitorId, last: s.points[s.points.length - 1], last_seen_at: s.lastSeenAt ?? null })),
    series,
    index: own && currency ? productPriceIndex(own.amount, quotes, { now }) : null,
    elasticity,
    category_elasticity: categoryElasticity,
    changes: mine.slice(-10).reverse(),
    alerts,
  }
}
