import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FINESSE_DATA_MODULE } from "../../../../../../modules/finesse-data"
import type FinesseDataModuleService from "../../../../../../modules/finesse-data/service"

/** GET /admin/finesse/products/:id/costs — each variant's base prices and unit costs (minor units). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const report = await req.scope.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE).productCosts(req.params.id)
  if (!report) throw new MedusaError(MedusaError.Types.NOT_FOUND, `product ${req.params.id} was not found`)
  res.json(report)
}
