import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeExperimentWorkflow } from "../../../../../../../workflows/experiments/change-experiment"

/** POST /admin/finesse/recommendations/experiments/:id/stop */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await changeExperimentWorkflow(req.scope).run({ input: { id: req.params.id, action: "stop" } })
  res.json({ experiment: result })
}
