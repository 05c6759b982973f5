import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../../modules/finesse-recommendations/service"
import { deleteRuleWorkflow } from "../../../../../../workflows/merchandising/delete-rule"
import { updateRuleWorkflow } from "../../../../../../workflows/merchandising/update-rule"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [rule] = await req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).listFinesseRecRules({ id: req.params.id })
  if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Rule with id: ${req.params.id} was not found`)
  res.json({ rule })
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await updateRuleWorkflow(req.scope).run({ input: { id: req.params.id, ...(req.validatedBody as Record<string, unknown>) } })
  res.json({ rule: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteRuleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "rule", deleted: true })
}
