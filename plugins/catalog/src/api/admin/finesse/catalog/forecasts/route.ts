import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../helpers"
import type { AdminForecastListQueryType } from "../validators"

/**
 * GET /admin/finesse/catalog/forecasts?granularity&q&method&demand_class&location_id&order&limit&offset → the
 * current run's series (variant × location) with method, demand class and forecast per period; `run` says when.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminForecastListQueryType
  const svc = catalogService(req)
  const run = await svc.currentRun(q.granularity)
  if (!run) return res.json({ run: null, forecasts: [], count: 0, offset: q.offset, limit: q.limit })
  const { rows, count } = await svc.listForecasts(run.id, q)
  res.json({ run, forecasts: rows, count, offset: q.offset, limit: q.limit })
}
