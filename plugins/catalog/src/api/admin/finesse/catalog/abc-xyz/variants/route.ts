import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../../helpers"
import type { AdminClassQueryType } from "../../validators"

/** GET /admin/finesse/catalog/abc-xyz/variants?abc&xyz&stock_status&drop&q&order&limit&offset → classified variants with reasons. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminClassQueryType
  const { rows, count } = await catalogService(req).listClasses(q)
  res.json({ variants: rows, count, offset: q.offset, limit: q.limit })
}
