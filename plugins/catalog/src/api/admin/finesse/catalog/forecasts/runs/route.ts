import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../../helpers"

/** GET /admin/finesse/catalog/forecasts/runs → the last 20 forecast runs (status, series, methods, backtest WAPE, timings). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const runs = await catalogService(req).listRuns(undefined, 20)
  res.json({ runs, count: runs.length })
}
