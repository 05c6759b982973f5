import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { serviceOf } from "../../helpers"

/** GET /admin/finesse/promotions/evaluations/:id — one evaluation with its full report (every currency). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [evaluation] = await serviceOf(req).listFinessePromotionEvaluations({ id: req.params.id })
  if (!evaluation) throw new MedusaError(MedusaError.Types.NOT_FOUND, `evaluation ${req.params.id} was not found`)
  res.json({ evaluation })
}
