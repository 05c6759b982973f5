import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { personasOf } from "../helpers"
import type { AdminListCardsQueryType } from "../validators"

/** GET /admin/finesse/personas/cards?active&limit&offset */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, active } = req.validatedQuery as AdminListCardsQueryType
  const filters = active === undefined ? {} : { active: active === "true" }
  const [cards, count] = await personasOf(req).listAndCountFinessePersonaCards(filters, {
    skip: offset,
    take: limit,
    order: { active: "DESC", size: "DESC", id: "ASC" },
  })
  res.json({ cards, count, offset, limit })
}
