import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueuePersonasJobStep } from "../personas/steps/enqueue-job"
import { loadSegmentStep } from "./steps/load-segment"

/** Queues a re-evaluation of one segment's members (and its group sync when auto-sync is on). */
export const refreshSegmentWorkflow = createWorkflow("personas-refresh-segment", (input: { id: string }) => {
  const segment = loadSegmentStep(input)
  return new WorkflowResponse(
    enqueuePersonasJobStep(
      transform({ segment }, ({ segment }) => ({
        kind: "personas.segments" as const,
        payload: { segment_ids: [segment.id], run: `refresh-${segment.id}-${Date.now()}`, sync: true },
      }))
    )
  )
})
