import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { suggestionsFor } from "../../../../../../../engine/suggestions"
import { agentOf, caseOr404 } from "../../../helpers"

/** GET /admin/finesse/after-sales/cases/:id/suggestions: replies that resolved similar cases, filled in for this one. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = agentOf(req).id
  const [row, users] = await Promise.all([caseOr404(req), me ? req.scope.resolve(Modules.USER).listUsers({ id: me }, { select: ["id", "first_name"] }) : Promise.resolve([])])
  const agent = users[0]
  const r = await suggestionsFor(req.scope, row, { agent: agent ?? null })
  res.json(r)
}
