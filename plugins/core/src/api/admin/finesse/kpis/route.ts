import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_DATA_MODULE } from "../../../../modules/finesse-data"
import type FinesseDataModuleService from "../../../../modules/finesse-data/service"
import type { AdminKpisQueryType } from "./validators"

/**
 * GET /admin/finesse/kpis?from&to&interval=day|week|month&compare=previous_period&currency_code&sales_channel_id
 * &region_id&category_id — money in minor units of `currency_code` (default: the store's default currency).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminKpisQueryType
  const report = await req.scope.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE).kpiReport(q)
  res.json({ kpis: report })
}
