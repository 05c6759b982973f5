import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../../modules/finesse-recommendations/service"
import { experimentWithResults } from "../../../../../../reads/experiment-results"
import { changeExperimentWorkflow } from "../../../../../../workflows/experiments/change-experiment"
import { deleteExperimentWorkflow } from "../../../../../../workflows/experiments/delete-experiment"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const [experiment] = await recs.listFinesseRecExperiments({ id: req.params.id })
  if (!experiment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Experiment with id: ${req.params.id} was not found`)
  res.json({ experiment: await experimentWithResults(recs, experiment) })
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await changeExperimentWorkflow(req.scope).run({
    input: { id: req.params.id, action: "edit", data: req.validatedBody as Record<string, unknown> },
  })
  res.json({ experiment: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteExperimentWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "experiment", deleted: true })
}
