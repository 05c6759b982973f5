import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { activateVersionStep } from "./steps/activate-version"
import { finishVersionStep, type FinishVersionInput } from "./steps/finish-version"
import { retireOldVersionsStep } from "./steps/retire-versions"

/**
 * Publishes a trained version whose artefacts are stored: ready with its evaluation, then serving (atomic switch),
 * then old versions retired. If the switch fails the version goes back to building and serving is unchanged.
 */
export const publishModelVersionWorkflow = createWorkflow("recommendations-publish-model-version", (input: FinishVersionInput) => {
  const finished = finishVersionStep(input)
  const activated = activateVersionStep(transform({ input }, ({ input }) => ({ version_id: input.version_id, actor: "training" })))
  retireOldVersionsStep()
  emitEventStep(
    transform({ input, finished, activated }, ({ input, finished, activated }) => ({
      eventName: "finesse.recommendations.model_activated",
      data: { id: input.version_id, number: finished.number, previous_id: activated.previous_version_id },
    }))
  )
  return new WorkflowResponse(transform({ activated, finished }, ({ activated, finished }) => ({ previous_version_id: activated.previous_version_id, number: finished.number })))
})
