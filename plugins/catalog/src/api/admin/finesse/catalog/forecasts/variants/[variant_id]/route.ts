import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { periodLengthMs } from "../../../../../../../lib/series/calendar"
import { catalogService } from "../../../helpers"
import type { AdminForecastVariantQueryType } from "../../../validators"

/**
 * GET /admin/finesse/catalog/forecasts/variants/:variant_id?granularity&history&location_id → per stock location
 * (and all locations together): the last `history` periods of demand and the forecast periods with point, mean and
 * the 80 % and 95 % intervals, the method and why. The total's intervals add the locations' bounds (a conservative
 * band: locations are not perfectly correlated, so the true band is narrower).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminForecastVariantQueryType
  const svc = catalogService(req)
  const variantId = req.params.variant_id
  const exists = await svc.db.raw(`select pv.id, pv.sku, pv.title, pv.product_id, p.title product_title from product_variant pv join product p on p.id = pv.product_id where pv.id = ? and pv.deleted_at is null`, [variantId])
  if (!exists.rows.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `no variant ${variantId}`)
  const run = await svc.currentRun(q.granularity)
  const len = periodLengthMs(q.granularity)
  const asOf = run ? new Date(run.as_of).getTime() : Date.now()
  const rows = run ? (await svc.forecastsOf(run.id, { variant_ids: [variantId] })).filter((f) => !q.location_id || f.location_id === q.location_id) : []
  const hist = await svc.demandHistory(q.granularity, [variantId], new Date(asOf - q.history * len), new Date(asOf))
  const period = (t: number) => new Date(asOf + t * len).toISOString()
  const series = rows.map((f) => {
    const h = new Array(q.history).fill(0)
    for (const x of hist) if (x.location_id === f.location_id) h[Math.round((new Date(x.period_start).getTime() - (asOf - q.history * len)) / len)] += x.units
    return {
      location_id: f.location_id,
      location_name: f.location_name,
      method: f.method,
      code: f.code,
      demand_class: f.demand_class,
      interval_source: f.interval_source,
      params: f.params,
      backtest_wape: f.backtest_wape,
      elasticity: f.elasticity,
      promo_lift: f.promo_lift,
      history: h.map((units, i) => ({ period_start: period(i - q.history), units })),
      forecast: f.values.point.map((_, k) => ({
        period_start: period(k),
        point: f.values.point[k],
        mean: f.values.mean[k],
        lower_80: f.values.lower_80?.[k] ?? null,
        upper_80: f.values.upper_80?.[k] ?? null,
        lower_95: f.values.lower_95?.[k] ?? null,
        upper_95: f.values.upper_95?.[k] ?? null,
      })),
    }
  })
  const sum = (pick: (s: (typeof series)[number], k: number) => number | null, k: number) => {
    let total = 0
    for (const s of series) {
      const v = pick(s, k)
      if (v === null) return null
      total += v
    }
    return Math.round(total * 1000) / 1000
  }
  const horizon = series[0]?.forecast.length ?? 0
  const total = series.length
    ? {
        history: series[0].history.map((p, i) => ({ period_start: p.period_start, units: series.reduce((a, s) => a + s.history[i].units, 0) })),
        forecast: Array.from({ length: horizon }, (_, k) => ({
          period_start: period(k),
          point: sum((s, i) => s.forecast[i].point, k),
          mean: sum((s, i) => s.forecast[i].mean, k),
          lower_80: sum((s, i) => s.forecast[i].lower_80, k),
          upper_80: sum((s, i) => s.forecast[i].upper_80, k),
          lower_95: sum((s, i) => s.forecast[i].lower_95, k),
          upper_95: sum((s, i) => s.forecast[i].upper_95, k),
        })),
      }
    : null
  const v = exists.rows[0]
  res.json({ forecast: { variant: { id: v.id, sku: v.sku, title: v.title, product_id: v.product_id, product_title: v.product_title }, granularity: q.granularity, run: run ? { id: run.id, as_of: run.as_of, finished_at: run.finished_at, horizon: run.horizon } : null, locations: series, total } })
}
