import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSegmentStep } from "./steps/delete-segment"
import { loadSegmentStep } from "./steps/load-segment"

export const deleteSegmentWorkflow = createWorkflow("personas-delete-segment", (input: { id: string }) => {
  loadSegmentStep(input)
  const deleted = deleteSegmentStep(input)
  emitEventStep({ eventName: "finesse.personas.segment_deleted", data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(deleted)
})
