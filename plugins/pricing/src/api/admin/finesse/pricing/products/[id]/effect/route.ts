import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productEffect } from "../../../../../../../engine/effect"

/** GET /admin/finesse/pricing/products/:id/effect — the effect of the product's latest applied price change. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ effect: await productEffect(req.scope, req.params.id, new Date()) })
}
