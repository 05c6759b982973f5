import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { personasOf } from "../../../helpers"
import type { AdminPageQueryType } from "../../../validators"

/** GET /admin/finesse/personas/segments/:id/syncs: the sync history, newest first, with the admin's e-mail. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminPageQueryType
  const personas = personasOf(req)
  const [segment] = await personas.listFinessePersonaSegments({ id: req.params.id }, { withDeleted: true, select: ["id"] })
  if (!segment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `segment ${req.params.id} was not found`)
  const [syncs, count] = await personas.listAndCountFinessePersonaSegmentSyncs(
    { segment_id: req.params.id },
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } }
  )
  const userIds = [...new Set(syncs.map((s) => s.triggered_by).filter((t) => t.startsWith("user_")))]
  const users = userIds.length
    ? await req.scope.resolve("user").listUsers({ id: userIds }, { select: ["id", "email"] })
    : []
  const email = new Map(users.map((u: { id: string; email: string }) => [u.id, u.email]))
  res.json({ syncs: syncs.map((s) => ({ ...s, triggered_by_email: email.get(s.triggered_by) ?? null })), count, offset, limit })
}
