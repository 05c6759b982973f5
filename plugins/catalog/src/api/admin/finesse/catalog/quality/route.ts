import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogService } from "../helpers"

/** GET /admin/finesse/catalog/quality → average score, score bands, products below 70, fixes per rule. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ quality: await catalogService(req).qualitySummary() })
}
