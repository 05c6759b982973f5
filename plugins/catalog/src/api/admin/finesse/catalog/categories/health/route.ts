import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../../helpers"
import type { AdminHealthQueryType } from "../../validators"

/** GET /admin/finesse/catalog/categories/health?flag&q&order&limit&offset → category health, one row per category. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminHealthQueryType
  const svc = catalogService(req)
  const run = await svc.latestCategoryRun()
  if (!run) return res.json({ categories: [], count: 0, offset: q.offset, limit: q.limit })
  const { rows, count } = await svc.listCategoryHealth(run.id, q)
  res.json({ categories: rows, count, offset: q.offset, limit: q.limit })
}
