import type { MedusaContainer } from "@medusajs/framework/types"
import { fetchAll } from "../fetchers/fetch-all"
import { FETCHERS } from "../fetchers/registry"
import type { FetchTarget } from "../fetchers/types"
import { pricingService, silent, type Reporter } from "./context"

export type FetchRunResult = {
  competitors: { id: string; code: string; targets: number; observations: number; errors: number; first_errors: { variant_id: string; kind: string; message: string }[]; config_error?: string }[]
  observations: number
}

/**
 * Runs each active competitor's fetcher (an HTTP/JSON source with per-host rate limit, retries and timeouts) over
 * its product matches and stores what it returns as observations. One failing match, or one misconfigured
 * competitor, never stops the others; their errors come back in the job result.
 */
export async function runCompetitorFetch(container: MedusaContainer, o: { competitorId?: string | null; now: Date; report?: Reporter; signal?: AbortSignal }): Promise<FetchRunResult> {
  const report = o.report ?? silent
  const svc = pricingService(container)
  const filter: Record<string, unknown> = { active: true }
  if (o.competitorId) filter.id = o.competitorId
  const competitors = (await svc.listFinessePricingCompetitors(filter, { take: 1000, order: { code: "ASC" } })).filter((c: any) => c.fetcher)
  const out: FetchRunResult = { competitors: [], observations: 0 }
  for (const [k, c] of (competitors as any[]).entries()) {
    const kind = FETCHERS[c.fetcher]
    const parsed = kind?.configSchema.safeParse(c.fetcher_config ?? {})
    if (!kind || !parsed?.success) {
      out.competitors.push({ id: c.id, code: c.code, targets: 0, observations: 0, errors: 0, first_errors: [], config_error: kind ? parsed!.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") : `unknown fetcher ${c.fetcher}` })
      continue
    }
    // each source keeps its own per-host rate (its config says how gently its shop wants to be asked)
    const fetcher = kind.create(parsed.data)
    const matches = await svc.listFinessePricingProductMatches({ competitor_id: c.id, active: true }, { take: 100_000 })
    const productOf = new Map(matches.map((m: any) => [m.variant_id, m.product_id]))
    const targets: FetchTarget[] = matches.map((m: any) => ({ competitorId: c.id, variantId: m.variant_id, offerId: m.offer_id, gtin: m.gtin, sku: m.sku, url: m.url }))
    const res = await fetchAll(fetcher, targets, {
      concurrency: 4,
      signal: o.signal,
      onProgress: (done, total) => void report(Math.round((100 * (k + done / Math.max(1, total))) / competitors.length), `${c.code}: ${done} of ${total} offers`),
    })
    const rows = res.observations
      .filter((x) => productOf.has(x.variantId))
      .map((x) => ({ competitor_id: c.id, variant_id: x.variantId, product_id: productOf.get(x.variantId)!, currency_code: x.currencyCode.toLowerCase(), price: x.price, in_stock: x.inStock, observed_at: new Date(Math.min(x.observedAt, o.now.getTime())), source: "fetcher", offer_id: x.offerId, url: x.url }))
    if (rows.length) await svc.upsertObservations(rows)
    await svc.updateFinessePricingCompetitors({ id: c.id, last_fetched_at: o.now })
    out.observations += rows.length
    out.competitors.push({ id: c.id, code: c.code, targets: targets.length, observations: rows.length, errors: res.errors.length, first_errors: res.errors.slice(0, 20).map((e) => ({ variant_id: e.target.variantId, kind: e.kind, message: e.message })) })
  }
  await report(100, `${out.observations} observation(s) from ${competitors.length} competitor(s)`)
  return out
}
