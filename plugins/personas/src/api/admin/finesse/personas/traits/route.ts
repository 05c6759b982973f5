import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveTraitWorkflow } from "../../../../../workflows/traits/save-trait"
import type { TraitDefinition } from "../../../../../lib/traits/trait-definition"
import { actorOf, personasOf } from "../helpers"
import type { AdminCreateTraitBodyType, AdminListQueryType } from "../validators"

/** GET /admin/finesse/personas/traits?q&limit&offset */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, q } = req.validatedQuery as AdminListQueryType
  const filters = q ? { $or: [{ key: { $ilike: `%${q}%` } }, { name: { $ilike: `%${q}%` } }] } : {}
  const [traits, count] = await personasOf(req).listAndCountFinessePersonaTraits(filters, { skip: offset, take: limit, order: { created_at: "DESC" } })
  res.json({ traits, count, offset, limit })
}

/** POST /admin/finesse/personas/traits { name, description?, value_type?, definition } */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateTraitBodyType>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await saveTraitWorkflow(req.scope).run({
    input: { ...body, definition: body.definition as unknown as TraitDefinition, created_by: actorOf(req) },
  })
  res.status(201).json({ trait: result })
}
