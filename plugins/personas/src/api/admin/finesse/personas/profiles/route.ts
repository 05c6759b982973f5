import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { personasOf, profileJson } from "../helpers"
import type { AdminListProfilesQueryType } from "../validators"

/** GET /admin/finesse/personas/profiles?persona_id&rfm_segment&churn_risk&q&order&limit&offset */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminListProfilesQueryType
  const { rows, count } = await personasOf(req).listProfilesForAdmin(q)
  res.json({ profiles: rows.map(profileJson), count, offset: q.offset, limit: q.limit })
}
