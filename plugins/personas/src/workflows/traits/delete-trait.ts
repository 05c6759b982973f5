import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteTraitStep } from "./steps/delete-trait"
import { loadTraitStep } from "./steps/load-trait"

export const deleteTraitWorkflow = createWorkflow("personas-delete-trait", (input: { id: string }) => {
  const trait = loadTraitStep(input)
  return new WorkflowResponse(deleteTraitStep(transform({ trait }, ({ trait }) => ({ id: trait.id, key: trait.key }))))
})
