import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueuePersonasJobStep } from "../personas/steps/enqueue-job"
import { loadSegmentStep } from "./steps/load-segment"
import { updateSegmentStep, type SegmentUpdate } from "./steps/update-segment"
import { validateSegmentStep } from "./steps/validate-segment"

/** Updates a segment (404 when missing, 400 naming a bad rule) and refreshes its members. */
export const updateSegmentWorkflow = createWorkflow("personas-update-segment", (input: SegmentUpdate) => {
  const current = loadSegmentStep(transform({ input }, ({ input }) => ({ id: input.id })))
  validateSegmentStep(
    transform({ input, current }, ({ input, current }) =>
      input.rules === undefined && input.score === undefined
        ? {}
        : { rules: input.rules ?? current.rules, score: (input.score === undefined ? current.score : input.score) ?? undefined }
    )
  )
  const segment = updateSegmentStep(input)
  enqueuePersonasJobStep(
    transform({ segment }, ({ segment }) => ({
      kind: "personas.segments" as const,
      payload: { segment_ids: [segment.id], run: `segment-${segment.id}-${new Date(segment.updated_at as unknown as string).getTime()}`, sync: true },
    }))
  )
  emitEventStep({ eventName: "finesse.personas.segment_updated", data: transform({ segment }, ({ segment }) => ({ id: segment.id })) })
  return new WorkflowResponse(segment)
})
