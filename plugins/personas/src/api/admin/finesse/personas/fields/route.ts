import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadFields } from "../../../../../engine/segments"
import { OPS_BY_TYPE } from "../../../../../lib/segments/rule-types"
import { personasOf } from "../helpers"

/** GET /admin/finesse/personas/fields: what a segment rule may test (profile fields, traits, survey answers), with operators. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fields = await loadFields(personasOf(req))
  const [cards] = await Promise.all([personasOf(req).listFinessePersonaCards({ active: true }, { select: ["id", "name"] })])
  res.json({ fields, operators: OPS_BY_TYPE, personas: cards, count: fields.length })
}
