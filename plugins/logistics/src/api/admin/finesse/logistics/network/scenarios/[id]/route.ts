import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { one, svcOf } from "../../../helpers"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ scenario: await one(svcOf(req).listFinesseLogisticsWhatIfs({ id: req.params.id }), "scenario", req.params.id) })
}
