import type { MedusaContainer } from "@medusajs/framework/types"
import { estimateElasticities, type PooledElasticity } from "../lib/elasticity/pooled-elasticity"
import type { ElasticityEstimate } from "../lib/elasticity/estimate-elasticity"
import { createWeeklyAccumulator, saleFromLineFact } from "../lib/elasticity/weekly-observations"
import type { ElasticityInsert } from "../modules/finesse-pricing/store/elasticities"
import type { LineFactRow } from "@finesse/core/lib/facts/read-types"
import { coreData, pricingService, silent, type Reporter } from "./context"

const DAY = 86_400_000

export type ElasticityRunResult = {
  run_id: string
  lines: number
  products: number
  by_evidence: Record<string, number>
  pooled_categories: number
  currencies: string[]
  seconds: number
}

/**
 * Every product's price elasticity from core's order line facts over the last `weeks` weeks (lib: weekly log-log
 * model with seasonal and promotion controls, pooled per category when a product's own data are insufficient).
 * A currency is its own market (a price in EUR and one in USD are not one price series): each product keeps the
 * estimate of the currency where it sold most weeks. Lines are streamed page by page; memory is one slot per
 * product-week.
 */
export async function runElasticity(container: MedusaContainer, o: { runId: string; now: Date; weeks?: number; report?: Reporter; signal?: AbortSignal }): Promise<ElasticityRunResult> {
  const t0 = Date.now()
  const report = o.report ?? silent
  const weeks = o.weeks ?? 104
  const since = new Date(o.now.getTime() - weeks * 7 * DAY).toISOString()
  // pass 1: each variant's usual price (the price most of its lines paid) and each product's best-selling variant,
  // so pass 2 can put a product's lines on one price scale: a week that sold more of the dear size is not a price rise
  const usual = new Map<string, Map<number, number>>()
  const unitsOf = new Map<string, number>()
  const productOfVariant = new Map<string, string>()
  const scan = async (onRow: (row: LineFactRow) => void, from: number, to: number) => {
    let after: { at: string; id: string } | null = null
    let lines = 0
    for (;;) {
      if (o.signal?.aborted) throw new Error("cancelled")
      const page = await coreData(container).pageOrderLineFacts(after, 10_000, { since, until: o.now.toISOString() })
      if (!page.rows.length) break
      for (const row of page.rows) {
        if (row.status === "canceled" || !row.product_id || !row.variant_id) continue
        onRow(row)
        lines++
      }
      after = page.next
      await report(Math.min(to, from + Math.round(lines / 4000)), `${lines} order lines read`)
      if (!after) break
    }
    return lines
  }
  await scan((row) => {
    const k = `${row.variant_id}|${row.currency_code}`
    const m = usual.get(k) ?? new Map<number, number>()
    m.set(row.unit_price, (m.get(row.unit_price) ?? 0) + 1)
    usual.set(k, m)
    unitsOf.set(k, (unitsOf.get(k) ?? 0) + row.quantity)
    productOfVariant.set(k, row.product_id!)
  }, 2, 30)
  const refOf = new Map<string, number>()
  for (const [k, m] of usual) {
    let best = 0
    let n = -1
    for (const [price, c] of m) if (c > n || (c === n && price > best)) [best, n] = [price, c]
    refOf.set(k, best)
  }
  // the best-selling variant of each product (per currency) sets the product's price scale
  const mainOf = new Map<string, { variant: string; units: number }>()
  for (const [vk, units] of unitsOf) {
    const [, currency] = vk.split("|")
    const pk = `${productOfVariant.get(vk)}|${currency}`
    const cur = mainOf.get(pk)
    if (!cur || units > cur.units || (units === cur.units && vk < cur.variant)) mainOf.set(pk, { variant: vk, units })
  }
  const accs = new Map<string, ReturnType<typeof createWeeklyAccumulator>>()
  const categoryOf = new Map<string, string>()
  const lines = await scan((row) => {
    const sale = saleFromLineFact(row)
    if (!sale) return
    const ref = refOf.get(`${row.variant_id}|${row.currency_code}`)
    const main = refOf.get(mainOf.get(`${row.product_id}|${row.currency_code}`)?.variant ?? "")
    if (ref && main && ref !== main) sale.unitPrice = (sale.unitPrice * main) / ref
    let acc = accs.get(row.currency_code)
    if (!acc) accs.set(row.currency_code, (acc = createWeeklyAccumulator()))
    acc.add(sale)
    if (row.category_id && !categoryOf.has(row.product_id!)) categoryOf.set(row.product_id!, row.category_id)
  }, 30, 60)
  await report(60, `estimating ${[...accs.values()].reduce((a, x) => a + x.products(), 0)} product series`)

  const best = new Map<string, { e: ElasticityEstimate; currency: string }>()
  const pooledBest = new Map<string, { p: PooledElasticity; currency: string }>()
  for (const [currency, acc] of [...accs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { estimates, pooled } = estimateElasticities(acc.series(), (id) => categoryOf.get(id) ?? null)
    for (const e of estimates) {
      const cur = best.get(e.productId)
      if (!cur || e.observations > cur.e.observations) best.set(e.productId, { e, currency })
    }
    for (const [c, p] of pooled) {
      const cur = pooledBest.get(c)
      if (!cur || p.observations > cur.p.observations) pooledBest.set(c, { p, currency })
    }
  }
  const rows: ElasticityInsert[] = []
  const byEvidence: Record<string, number> = { good: 0, weak: 0, insufficient: 0 }
  for (const [productId, { e, currency }] of best) {
    byEvidence[e.evidence]++
    rows.push({
      scope: "product",
      scope_id: productId,
      category_id: e.categoryId,
      currency_code: currency,
      source: e.source,
      elasticity: e.elasticity,
      ci_low: e.ciLow,
      ci_high: e.ciHigh,
      se: e.se,
      df: e.df,
      evidence: e.evidence,
      observations: e.observations,
      price_levels: e.priceLevels,
      controls: e.controls,
      reasons: e.reasons,
    })
  }
  for (const [categoryId, { p, currency }] of pooledBest) {
    rows.push({
      scope: "category",
      scope_id: categoryId,
      category_id: categoryId,
      currency_code: currency,
      source: p.errors,
      elasticity: p.elasticity,
      ci_low: p.ciLow,
      ci_high: p.ciHigh,
      se: p.se,
      df: p.df,
      evidence: p.evidence,
      observations: p.observations,
      price_levels: p.products,
      controls: p.controls,
      reasons: p.reasons,
    })
  }
  await pricingService(container).upsertElasticities(rows, o.runId, o.now)
  await report(100, `${best.size} products: ${byEvidence.good} good, ${byEvidence.weak} weak, ${byEvidence.insufficient} insufficient`)
  return { run_id: o.runId, lines, products: best.size, by_evidence: byEvidence, pooled_categories: pooledBest.size, currencies: [...accs.keys()].sort(), seconds: (Date.now() - t0) / 1000 }
}
