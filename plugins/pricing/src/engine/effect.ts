import type { MedusaContainer } from "@medusajs/framework/types"
import { DEFAULT_EFFECT, estimatePriceChangeEffect, type ChangeEffectResult } from "../lib/effect/price-change-effect"
import { createWeeklyMetricsBuilder } from "../lib/effect/weekly-metrics"
import { weekIndex, weekStartMs, WEEK_MS } from "../lib/elasticity/weekly-observations"
import { pgArray } from "../modules/finesse-pricing/store/bulk"
import { categoriesOfProducts, metricLines } from "../reads/core-tables"
import { productSummaries } from "../reads/medusa-prices"
import { pricingDb, pricingService } from "./context"

export type EffectReport = ChangeEffectResult & {
  currency_code: string | null
  pre_weeks: number
  post_weeks: number
  /** when every change has its full post period (epoch ms), null without changes */
  complete_at: number | null
  titles: Record<string, string>
  note: string | null
}

type Change = { productId: string; at: number; currency: string }

/**
 * Effect of price changes on units, revenue and gross margin: difference in differences against matched products of
 * the same category that kept their price (lib/effect), on core's order line facts of one currency (the one most of
 * the changes are in). The interval is a seeded bootstrap, so the same data give the same figures.
 */
async function estimate(container: MedusaContainer, changes: Change[], now: Date, bootstrap: number): Promise<EffectReport> {
  const pre = DEFAULT_EFFECT.preWeeks
  const post = DEFAULT_EFFECT.postWeeks
  const empty = (note: string): EffectReport => ({ products: [], total: null, skipped: [], currency_code: null, pre_weeks: pre, post_weeks: post, complete_at: null, titles: {}, note })
  if (!changes.length) return empty("no applied price changes")
  const counts = new Map<string, number>()
  for (const c of changes) counts.set(c.currency, (counts.get(c.currency) ?? 0) + 1)
  const currency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]
  const mine = changes.filter((c) => c.currency === currency)
  // the first change of each product is its change week
  const first = new Map<string, number>()
  for (const c of mine) if (!first.has(c.productId) || c.at < first.get(c.productId)!) first.set(c.productId, c.at)
  const db = pricingDb(container)
  const products = [...first.keys()]
  const cats = await categoriesOfProducts(db, products)
  const summaries = await productSummaries(db, products)
  for (const p of products) if (!cats.has(p) && summaries.get(p)?.category_id) cats.set(p, summaries.get(p)!.category_id!)
  const minAt = Math.min(...first.values())
  const maxAt = Math.max(...first.values())
  const from = weekStartMs(weekIndex(minAt) - pre)
  const to = Math.min(now.getTime(), weekStartMs(weekIndex(maxAt) + post))
  const weeks = Math.max(1, Math.ceil((to - from) / WEEK_MS))
  const lines = await metricLines(db, { category_ids: [...new Set(cats.values())], product_ids: products }, new Date(from), new Date(to), currency)
  const builder = createWeeklyMetricsBuilder(from, weeks)
  for (const l of lines) builder.add({ ...l, categoryId: l.categoryId ?? cats.get(l.productId) ?? null })
  // every price change in the window marks its week, so a product that changed is never someone's control
  const seen = [...new Set(lines.map((l) => l.productId))]
  if (seen.length) {
    const r = await db.raw(
      `select product_id, applied_at from finesse_pricing_price_change where product_id = any(?::text[]) and applied_at >= ? and applied_at < ? and deleted_at is null`,
      [pgArray(seen), new Date(from), new Date(to)]
    )
    for (const x of r.rows) builder.markPriceChange(x.product_id, cats.get(x.product_id) ?? null, new Date(x.applied_at).getTime())
  }
  for (const [p, at] of first) builder.markPriceChange(p, cats.get(p) ?? null, at)
  const series = builder.build()
  const result = estimatePriceChangeEffect(
    series,
    [...first].map(([productId, at]) => ({ productId, changeWeek: builder.weekOf(at) })),
    { bootstrap }
  )
  const titles: Record<string, string> = {}
  for (const p of [...products, ...result.products.flatMap((x) => x.controls.map((c) => c.productId))]) {
    const s = summaries.get(p)
    if (s) titles[p] = s.title
  }
  const missing = result.products.flatMap((x) => x.controls.map((c) => c.productId)).filter((p) => !titles[p])
  if (missing.length) for (const [id, s] of await productSummaries(db, missing)) titles[id] = s.title
  const completeAt = weekStartMs(weekIndex(maxAt) + post)
  return {
    ...result,
    currency_code: currency,
    pre_weeks: pre,
    post_weeks: post,
    complete_at: completeAt,
    titles,
    note: completeAt > now.getTime() ? `the ${post} weeks after the latest change end on ${new Date(completeAt).toISOString().slice(0, 10)}; products without them are listed as skipped` : null,
  }
}

export async function batchEffect(container: MedusaContainer, batchId: string, now: Date, bootstrap = 499): Promise<EffectReport> {
  const changes = await pricingService(container).changesOfBatch(batchId)
  return estimate(container, changes.map((c) => ({ productId: c.product_id, at: new Date(c.applied_at).getTime(), currency: c.currency_code })), now, bootstrap)
}

/** The effect of a product's latest applied change (the latest one that already has its full post period, if any). */
export async function productEffect(container: MedusaContainer, productId: string, now: Date, bootstrap = 499): Promise<EffectReport> {
  const r = await pricingDb(container).raw(
    `select product_id, applied_at, currency_code from finesse_pricing_price_change where product_id = ? and deleted_at is null order by applied_at desc`,
    [productId]
  )
  const rows = r.rows.map((x: any) => ({ productId: x.product_id, at: new Date(x.applied_at).getTime(), currency: x.currency_code }))
  const ready = rows.find((c: Change) => weekStartMs(weekIndex(c.at) + DEFAULT_EFFECT.postWeeks) <= now.getTime())
  return estimate(container, ready ? [ready] : rows.slice(0, 1), now, bootstrap)
}
