import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { activateVersionStep } from "./steps/activate-version"
import { resolveVersionStep, type ResolveVersionInput } from "./steps/resolve-version"

/** Admin action: serve another ready version (rollback), atomically; compensation restores the previous one. */
export const activateModelVersionWorkflow = createWorkflow("recommendations-activate-model-version", (input: ResolveVersionInput) => {
  const target = resolveVersionStep(input)
  const activated = activateVersionStep(transform({ target, input }, ({ target, input }) => ({ version_id: target.id, actor: input.actor })))
  emitEventStep(
    transform({ target, activated }, ({ target, activated }) => ({
      eventName: "finesse.recommendations.model_activated",
      data: { id: target.id, number: target.number, previous_id: activated.previous_version_id },
    }))
  )
  return new WorkflowResponse(transform({ target, activated }, ({ target, activated }) => ({ id: target.id, number: target.number, previous_version_id: activated.previous_version_id })))
})
