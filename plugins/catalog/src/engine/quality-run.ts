import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { RuleSetting } from "../lib/quality/registry"
import { scoreCatalog } from "../lib/quality/quality-score"
import type { QualityProduct } from "../lib/quality/rule-types"
import { normaliseQuery } from "../lib/selection/assortment-gaps"
import { DAY_MS } from "../lib/series/calendar"
import { FINESSE_CATALOG_MODULE } from "../modules/finesse-catalog"
import type FinesseCatalogModuleService from "../modules/finesse-catalog/service"
import { bulkId } from "../modules/finesse-catalog/store/bulk"
import { linesByProduct } from "../reads/core-tables"
import { FINESSE_DATA_MODULE, readEvents, type CostsReadApi, type EventsReadApi } from "../reads/data-api"
import { pageQualityProducts, regions } from "../reads/medusa"

/** Searches of the last `days` days that found nothing, per normalised query. */
export async function zeroResultQueries(container: MedusaContainer, now: number, days: number) {
  const counts = new Map<string, number>()
  await readEvents(container.resolve<EventsReadApi>(FINESSE_DATA_MODULE), { types: ["search"], since: new Date(now - days * DAY_MS).toISOString(), until: new Date(now).toISOString() }, (rows) => {
    for (const e of rows) {
      if (!e.query || e.result_count === null || e.result_count > 0) continue
      const q = normaliseQuery(e.query)
      if (q) counts.set(q, (counts.get(q) ?? 0) + 1)
    }
  })
  return [...counts].map(([query, searches]) => ({ query, searches })).sort((a, b) => b.searches - a.searches || a.query.localeCompare(b.query))
}

/**
 * The quality job's engine (also run by the demo seed): every product through the store's rule settings
 * (lib/quality), with variant costs from core, the regions' currencies and the searches that found nothing; a
 * fix's priority is its gain × the product's importance, (order lines in 90 days + 1) / (the mean product's + 1),
 * so what sells is fixed first and an unsold product still ranks by its gain. Scores and the to-do list are
 * replaced in one transaction.
 */
export async function runQuality(container: MedusaContainer, o: { now: number; runId?: string; progress?: (pct: number, message: string) => Promise<void> }) {
  const svc = container.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE)
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const progress = o.progress ?? (async () => undefined)
  const runId = o.runId ?? bulkId("fcqrun")
  const t0 = Date.now()
  const settings: RuleSetting[] = (await svc.ruleSettings()).map((s) => ({ code: s.code, enabled: s.enabled, weight: s.weight ?? undefined, args: s.args ?? undefined }))
  const [regionList, zero, lines] = await Promise.all([regions(container), zeroResultQueries(container, o.now, 90), linesByProduct(db, new Date(o.now - 90 * DAY_MS), new Date(o.now))])
  const products: QualityProduct[] = []
  const costsApi = container.resolve<CostsReadApi>(FINESSE_DATA_MODULE)
  for (let skip = 0; ; skip += 200) {
    const page = await pageQualityProducts(container, skip, 200)
    const costs = await costsApi.loadVariantCosts(page.products.flatMap((p) => (p.variants ?? []).map((v) => v.id)))
    for (const p of page.products) {
      for (const v of p.variants ?? []) {
        const c = costs.get(v.id)
        v.cost = c && c.size ? [...c.values()][0] : null
      }
      products.push(p)
    }
    await progress(5 + Math.min(60, (60 * products.length) / Math.max(1, page.count)), `read ${products.length} of ${page.count} products`)
    if (page.products.length < 200) break
  }
  const meanLines = products.length ? [...lines.values()].reduce((a, b) => a + b, 0) / products.length : 0
  const scored = scoreCatalog(products, { now: o.now, regions: regionList, zeroResultQueries: zero }, settings, (p) => ((lines.get(p.id) ?? 0) + 1) / (meanLines + 1))
  const byId = new Map(products.map((p) => [p.id, p]))
  const computedAt = new Date(o.now)
  const scores = scored.products.map((q) => {
    const p = byId.get(q.productId)!
    const imp = ((lines.get(p.id) ?? 0) + 1) / (meanLines + 1)
    return {
      id: bulkId("fcqs"),
      product_id: q.productId,
      title: q.title,
      status: p.status ?? null,
      thumbnail: p.thumbnail ?? null,
      score: q.score,
      failed_rules: q.results.filter((r) => r.score < 1).length,
      importance: Math.round(imp * 1000) / 1000,
      results: q.results,
      run_id: runId,
      computed_at: computedAt,
    }
  })
  const todos = scored.todo.map((t, i) => ({
    id: bulkId("fcqt"),
    product_id: t.productId,
    title: t.title,
    code: t.code,
    label: t.label,
    message: t.message,
    fix: t.fix,
    gain: t.gain,
    priority: Math.round(t.priority * 1000) / 1000,
    rank: i + 1,
    run_id: runId,
  }))
  await progress(80, `writing ${scores.length} scores and ${todos.length} fixes`)
  await svc.replaceQuality(scores, todos)
  await progress(100, `${scores.length} products scored, average ${scored.averageScore}; ${todos.length} fixes ranked`)
  return { run_id: runId, products: scores.length, average_score: scored.averageScore, fixes: todos.length, zero_result_queries: zero.length, seconds: Math.round((Date.now() - t0) / 100) / 10 }
}
