import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { kpiSeriesView } from "../../../../../engine/anomalies"
import type { AdminSeriesQueryType } from "../validators"

/** GET /admin/finesse/risk/kpis?days=120 — each watched KPI per day with its expected value and anomaly score. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req as unknown as { validatedQuery: AdminSeriesQueryType }).validatedQuery
  res.json({ series: await kpiSeriesView(req.scope, { days: q.days }) })
}
