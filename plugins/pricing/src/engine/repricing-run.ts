import type { MedusaContainer } from "@medusajs/framework/types"
import type { CompetitorQuote, ElasticityInfo } from "../lib/strategies/types"
import { createAssignmentResolver } from "../lib/strategies/assignment"
import { buildProposals, type Proposal, type ProposalSummary, type VariantPricingInput } from "../lib/proposals/build-proposals"
import { killSwitchOn } from "../lib/settings/pricing-settings"
import type { ProposalInsert } from "../modules/finesse-pricing/store/proposals"
import { pgArray } from "../modules/finesse-pricing/store/bulk"
import { unitsSold } from "../reads/core-tables"
import { currentPrice, pageVariantPrices, regionCurrencies, type VariantPrices } from "../reads/medusa-prices"
import { coreData, loadAssignments, loadResponseRules, pricingDb, pricingService, silent, type Reporter } from "./context"

const DAY = 86_400_000
const PAGE = 5000
/** The statuses a run keeps as rows; unchanged and skipped ones are only counted. */
const KEPT = new Set(["pending", "auto_approved", "blocked"])

export type RepricingOptions = {
  /** the job id, so a retried job continues its own batch instead of starting a second one */
  jobId: string | null
  trigger: string
  note?: string | null
  createdBy?: string | null
  now: Date
  productIds?: string[] | null
  report?: Reporter
  signal?: AbortSignal
}

export type RepricingResult = {
  batch_id: string
  batch_number: number
  variants: number
  targets: number
  kept: number
  summary: ProposalSummary & { skippedReasons: { reason: string; count: number }[]; seconds: Record<string, number> }
  kill_switch: boolean
}

/**
 * One repricing run: reads every variant's current price, cost, limits, competitor quotes, elasticity and recent
 * sales in pages, runs the lib's proposal pipeline over the whole store at once (value-based strategies compare a
 * product with its category, so the batch must be whole), and writes the batch with its pending, auto-approved and
 * blocked proposals. Safe to run again under the same job id (the batch is rewritten, not doubled).
 */
export async function runRepricing(container: MedusaContainer, o: RepricingOptions): Promise<RepricingResult> {
  const report = o.report ?? silent
  const svc = pricingService(container)
  const db = pricingDb(container)
  const t0 = Date.now()
  const now = o.now.getTime()

  let batch: any = o.jobId ? (await svc.listFinessePricingBatches({ job_id: o.jobId }, { take: 1 }))[0] : null
  if (batch && batch.status !== "running") return finished(batch)
  if (!batch) {
    batch = await svc.createFinessePricingBatches({ status: "running", trigger: o.trigger, job_id: o.jobId, run_at: o.now, created_by: o.createdBy ?? null, note: o.note ?? null })
  }

  const [settings, assignments, responseRules, priceListId, regions] = await Promise.all([
    svc.getSettings(),
    loadAssignments(container),
    loadResponseRules(container),
    svc.getPriceListId(),
    regionCurrencies(db),
  ])
  const regionTargets = [...new Set(assignments.map((a) => a.regionId).filter((r): r is string => !!r && regions.has(r)))]
  const resolve = createAssignmentResolver(assignments)
  await report(2, `${assignments.length} strategy assignment(s), ${responseRules.length} response rule(s)`)

  // ---- read ----
  const inputs: VariantPricingInput[] = []
  const costOf: number[] = []
  let variants = 0
  let after: string | null = null
  const quoteSince = new Date(now - settings.quote_max_age_days * DAY)
  const baselineSince = new Date(now - settings.baseline_days * DAY)
  const estimates = await svc.productElasticities(null)
  const elasticityOf = new Map<string, ElasticityInfo>()
  for (const [productId, e] of estimates) {
    elasticityOf.set(productId, {
      elasticity: e.elasticity ?? NaN,
      ciLow: e.ci_low ?? NaN,
      ciHigh: e.ci_high ?? NaN,
      evidence: e.evidence,
      source: e.source === "pooled" ? "pooled" : "product",
    })
  }
  const total = await countVariants(db, o.productIds ?? null)
  const tRead = Date.now()
  for (;;) {
    if (o.signal?.aborted) throw new Error("cancelled")
    const page: VariantPrices[] = await pageVariantPrices(db, after, PAGE, priceListId, o.productIds)
    if (!page.length) break
    after = page[page.length - 1].variantId
    variants += page.length
    const ids = page.map((v) => v.variantId)
    const [costs, limits, changed, quotes, sold] = await Promise.all([
      coreData(container).loadVariantCosts(ids),
      svc.limitsOf(ids),
      svc.lastChangedAt(ids),
      svc.latestObservations(ids, quoteSince),
      unitsSold(db, "variant", baselineSince, o.now, ids),
    ])
    const quotesOf = new Map<string, CompetitorQuote[]>()
    for (const q of quotes) {
      if (q.observed_at.getTime() > now) continue
      const k = `${q.variant_id}|${q.currency_code}`
      const l = quotesOf.get(k) ?? []
      l.push({ competitorId: q.competitor_id, price: q.price, inStock: q.in_stock, observedAt: new Date(q.observed_at).getTime() })
      quotesOf.set(k, l)
    }
    for (const v of page) {
      for (const [currency, region] of targetsOf(v, regions, regionTargets)) {
        const cur = currentPrice(v, currency, region)
        if (!cur || !(cur.amount > 0)) continue
        if (region && v.base.has(`${currency}|`)) {
          // a region target only where an assignment names the region; otherwise the currency-wide price is the one
          const a = resolve({ productId: v.productId, categoryIds: v.categoryIds, collectionId: v.collectionId, currencyCode: currency, regionId: region })
          if (!a || a.regionId !== region) continue
        }
        const lim = limits.get(`${v.variantId}|${currency}`)
        const cost = costs.get(v.variantId)?.get(currency) ?? null
        inputs.push({
          variantId: v.variantId,
          productId: v.productId,
          categoryIds: v.categoryIds,
          collectionId: v.collectionId,
          currencyCode: currency,
          regionId: region,
          price: cur.amount,
          cost,
          lastChangedAt: changed.get(`${v.variantId}|${currency}|${region ?? ""}`) ?? null,
          map: lim?.map_price ?? null,
          minPrice: lim?.min_price ?? null,
          maxPrice: lim?.max_price ?? null,
          competitors: quotesOf.get(`${v.variantId}|${currency}`),
          elasticity: elasticityOf.get(v.productId) ?? null,
          baselineUnits: sold.get(`${v.variantId}|${currency}`)?.units ?? 0,
        })
        costOf.push(cost ?? NaN)
      }
    }
    await report(5 + Math.round((55 * variants) / Math.max(1, total)), `read ${variants} of ${total} variants`)
  }
  const readSeconds = (Date.now() - tRead) / 1000

  // ---- compute ----
  const tCompute = Date.now()
  const { proposals, summary } = buildProposals(inputs, {
    now,
    assignments,
    guardrails: settings.guardrails,
    responseRules,
    autoApproveMaxStepPct: settings.auto_approve_max_step_pct,
    defaultEnding: settings.default_ending,
  })
  const computeSeconds = (Date.now() - tCompute) / 1000
  await report(65, `${proposals.length} proposals: ${summary.byStatus.pending} pending, ${summary.byStatus.auto_approved} auto-approved, ${summary.byStatus.blocked} blocked`)

  // ---- write ----
  const tWrite = Date.now()
  const kept: ProposalInsert[] = []
  const skipped = new Map<string, number>()
  for (let i = 0; i < proposals.length; i++) {
    const p = proposals[i]
    if (KEPT.has(p.status)) kept.push(toRow(p, costOf[i]))
    else if (p.status === "skipped") {
      // reasons carry numbers; count them by their shape
      const shape = p.reason.replace(/(^|[\s([,:=−-])\d+(\.\d+)?/g, "$1#").slice(0, 160)
      skipped.set(shape, (skipped.get(shape) ?? 0) + 1)
    }
  }
  await svc.insertProposals(batch.id, kept)
  const skippedReasons = [...skipped].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([reason, count]) => ({ reason, count }))
  const writeSeconds = (Date.now() - tWrite) / 1000
  const full = { ...summary, skippedReasons, seconds: { read: readSeconds, compute: computeSeconds, write: writeSeconds, total: (Date.now() - t0) / 1000 } }
  const maxStep = kept.reduce((m, p) => (p.status === "auto_approved" ? Math.max(m, Math.abs(p.step_pct)) : m), 0)
  await svc.transitionBatch(batch.id, ["running"], "proposed", { summary: JSON.stringify({ ...full, variants, targets: inputs.length }), max_step_pct: maxStep })
  // a newer run has fresher prices and quotes: older batches nobody applied give way to it
  await db.raw(
    `update finesse_pricing_batch set status = 'discarded', discarded_by = ?, updated_at = now() where status = 'proposed' and id <> ? and created_at < ? and deleted_at is null`,
    [`superseded by batch #${batch.number}`, batch.id, batch.created_at]
  )
  await report(100, `batch #${batch.number}: ${kept.length} proposals kept of ${inputs.length}`)
  return {
    batch_id: batch.id,
    batch_number: batch.number,
    variants,
    targets: inputs.length,
    kept: kept.length,
    summary: full,
    kill_switch: killSwitchOn(settings),
  }
}

function finished(batch: any): RepricingResult {
  const s = batch.summary ?? {}
  return { batch_id: batch.id, batch_number: batch.number, variants: s.variants ?? 0, targets: s.targets ?? 0, kept: 0, summary: s, kill_switch: false }
}

/** (currency, region) pairs to price for one variant: its base prices, plus the regions named by assignments. */
function targetsOf(v: VariantPrices, regions: Map<string, string>, regionTargets: string[]): [string, string | null][] {
  const out: [string, string | null][] = []
  const seen = new Set<string>()
  for (const key of v.base.keys()) {
    const [currency, region] = key.split("|")
    seen.add(key)
    out.push([currency, region || null])
  }
  for (const r of regionTargets) {
    const currency = regions.get(r)!
    const key = `${currency}|${r}`
    if (!seen.has(key) && v.base.has(`${currency}|`)) out.push([currency, r])
  }
  return out
}

function toRow(p: Proposal, cost: number): ProposalInsert {
  return {
    variant_id: p.variantId,
    product_id: p.productId,
    currency_code: p.currencyCode,
    region_id: p.regionId,
    old_price: p.oldPrice,
    new_price: p.newPrice,
    strategy_price: p.strategyPrice,
    strategy: p.strategy,
    assignment_id: p.assignmentId,
    reason: p.reason,
    status: p.status,
    violations: p.violations,
    adjustments: p.adjustments,
    step_pct: p.stepPct,
    floor: p.floor,
    ceiling: p.ceiling,
    cost: Number.isFinite(cost) ? cost : null,
    expected: p.expected,
  }
}

async function countVariants(db: any, productIds: string[] | null): Promise<number> {
  const r = await db.raw(
    `select count(*)::int n from product_variant where deleted_at is null ${productIds?.length ? "and product_id = any(?::text[])" : ""}`,
    productIds?.length ? [pgArray(productIds)] : []
  )
  return r.rows[0].n
}
