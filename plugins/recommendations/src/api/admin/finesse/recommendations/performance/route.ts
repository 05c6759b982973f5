import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../modules/finesse-recommendations/service"

const DAY_MS = 86_400_000

/**
 * GET /admin/finesse/recommendations/performance?from&to&group_by — impressions, clicks, CTR, attributed
 * add-to-carts, orders, conversion (orders per click) and revenue (minor units per currency) by placement,
 * strategy or model version, plus a daily series. Days are UTC; `to` is inclusive; default: the last 30 days.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { from?: string; to?: string; group_by: "placement" | "strategy" | "model_version" }
  const to = q.to ? new Date(`${q.to}T00:00:00Z`).getTime() + DAY_MS : Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS
  const from = q.from ? new Date(`${q.from}T00:00:00Z`).getTime() : to - 30 * DAY_MS
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const [rows, series, settings] = await Promise.all([
    recs.performance(new Date(from), new Date(to), q.group_by),
    recs.dailySeries(new Date(from), new Date(to)),
    recs.getSettings(),
  ])
  const totals = rows.reduce(
    (t, r) => {
      t.impressions += r.impressions
      t.clicks += r.clicks
      t.add_to_carts += r.add_to_carts
      t.orders += r.orders
      for (const [c, v] of Object.entries(r.revenue)) t.revenue[c] = (t.revenue[c] ?? 0) + v
      return t
    },
    { impressions: 0, clicks: 0, add_to_carts: 0, orders: 0, revenue: {} as Record<string, number> }
  )
  res.json({
    performance: {
      from: new Date(from).toISOString().slice(0, 10),
      to: new Date(to - DAY_MS).toISOString().slice(0, 10),
      group_by: q.group_by,
      attribution_window_hours: settings.attribution_window_hours,
      rows,
      totals: { ...totals, ctr: totals.impressions ? totals.clicks / totals.impressions : 0 },
      series,
    },
  })
}
