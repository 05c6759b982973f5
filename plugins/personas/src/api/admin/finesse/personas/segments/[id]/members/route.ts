import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { personasOf } from "../../../helpers"
import type { AdminPageQueryType } from "../../../validators"

/** GET /admin/finesse/personas/segments/:id/members: current members, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminPageQueryType
  const personas = personasOf(req)
  const [segment] = await personas.listFinessePersonaSegments({ id: req.params.id }, { select: ["id"] })
  if (!segment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `segment ${req.params.id} was not found`)
  const { members, count } = await personas.pageMembers(req.params.id, limit, offset)
  res.json({ members, count, offset, limit })
}
