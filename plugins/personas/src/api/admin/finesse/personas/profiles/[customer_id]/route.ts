import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { personasOf, profileJson } from "../../helpers"

/**
 * GET /admin/finesse/personas/profiles/:customer_id: the customer's profile with their persona card, segments and
 * survey responses (the customer page widget). 404 before the customer has a profile.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const personas = personasOf(req)
  const id = req.params.customer_id
  const [row] = await personas.getProfiles([id])
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `customer ${id} has no profile yet`)
  const segmentIds = [...(await personas.segmentIdsOf(id))]
  const [segments, card, responses, model] = await Promise.all([
    segmentIds.length ? personas.listFinessePersonaSegments({ id: segmentIds }, { select: ["id", "name", "customer_group_id", "sync_enabled"] }) : [],
    row.persona_id ? personas.listFinessePersonaCards({ id: row.persona_id }, { select: ["id", "name", "description", "archetype", "active"] }) : [],
    personas.listFinessePersonaSurveyResponses({ customer_id: id }, { select: ["id", "survey_id", "created_at", "promotion_code"] }),
    personas.listFinessePersonaModels({}, { take: 1, order: { version: "DESC" }, select: ["currency_code", "version"] }),
  ])
  const categories = row.category_affinities.map((a) => a.category)
  const names = categories.length
    ? (
        await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product_category",
          fields: ["id", "name"],
          filters: { id: categories },
        })
      ).data
    : []
  res.json({
    profile: {
      ...profileJson(row),
      category_names: Object.fromEntries(names.map((c: { id: string; name: string }) => [c.id, c.name])),
      persona: card[0] ?? null,
      segments,
      survey_responses: responses,
      currency_code: model[0]?.currency_code ?? null,
    },
  })
}
