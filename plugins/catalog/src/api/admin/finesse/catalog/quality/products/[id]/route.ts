import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { catalogService } from "../../../helpers"

/** GET /admin/finesse/catalog/quality/products/:id → the product's score and every rule's outcome. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = await catalogService(req).qualityOf(req.params.id)
  if (!q) throw new MedusaError(MedusaError.Types.NOT_FOUND, `product ${req.params.id} has no quality score yet (scoring runs nightly and after product changes)`)
  res.json({ quality: q })
}
