import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findRings } from "../../../../../engine/rings"

/** GET /admin/finesse/risk/rings — groups of new accounts linked by shared devices, cards or addresses (90 days). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rings = await findRings(req.scope)
  res.json({ rings, count: rings.length })
}
