import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadTraitStep } from "./steps/load-trait"
import { saveTraitStep, type TraitInput } from "./steps/save-trait"
import { validateTraitStep } from "./steps/validate-trait"

/**
 * Creates a computed trait (no id) or updates one. Values are computed by the next recompute (the Personas page
 * offers to run it now).
 */
export const saveTraitWorkflow = createWorkflow("personas-save-trait", (input: TraitInput) => {
  when({ input }, ({ input }) => !!input.id).then(() => {
    loadTraitStep(transform({ input }, ({ input }) => ({ id: input.id! })))
  })
  validateTraitStep(transform({ input }, ({ input }) => ({ id: input.id, definition: input.definition })))
  return new WorkflowResponse(saveTraitStep(input))
})
