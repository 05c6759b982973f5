import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../helpers"
import type { AdminReplenishmentQueryType } from "../validators"

/**
 * GET /admin/finesse/catalog/replenishment?reorder&location_id&supplier&q&variant_id&product_id&order&limit&offset →
 * plans per variant × location (most urgent first by default) and a summary of the whole list.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminReplenishmentQueryType
  const svc = catalogService(req)
  const [{ rows, count }, summary] = await Promise.all([svc.listReplenishment(q), svc.replenishmentSummary()])
  res.json({ replenishment: rows, summary, count, offset: q.offset, limit: q.limit })
}
