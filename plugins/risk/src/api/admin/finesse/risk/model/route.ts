import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { modelView } from "../../../../../engine/model-view"

/** GET /admin/finesse/risk/model — the active model (out-of-fold AUC, calibration), recent training runs, label counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ model: await modelView(req.scope) })
}
