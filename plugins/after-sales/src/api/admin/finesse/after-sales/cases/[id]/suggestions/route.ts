import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { suggestionsFor } from "../../../../../../../engine/suggestions"
import { agentOf, caseOr404 } from "../../../helpers"

/** GET /admin/finesse/after-sales/cases/:id/suggestions: replies that resolved similar cases, filled in for this one. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const row = await caseOr404(req)
  const me = agentOf(req).id
  const [agent] = me ? await req.scope.resolve(Modules.USER).listUsers({ id: me }, { select: ["id", "first_name"] }) : []
  const r = await suggestionsFor(req.scope, row, { agent: agent ?? null })
  res.json(r)
}
