import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueuePersonasJobStep } from "../personas/steps/enqueue-job"
import { createSegmentStep, type SegmentInput } from "./steps/create-segment"
import { validateSegmentStep } from "./steps/validate-segment"

/** Creates a segment after validating its rules; the segments job computes its members (and syncs its group). */
export const createSegmentWorkflow = createWorkflow("personas-create-segment", (input: SegmentInput) => {
  validateSegmentStep(transform({ input }, ({ input }) => ({ rules: input.rules, score: input.score ?? undefined })))
  const segment = createSegmentStep(input)
  enqueuePersonasJobStep(
    transform({ segment }, ({ segment }) => ({
      kind: "personas.segments" as const,
      payload: { segment_ids: [segment.id], run: `segment-${segment.id}-created`, sync: true },
    }))
  )
  emitEventStep({ eventName: "finesse.personas.segment_created", data: transform({ segment }, ({ segment }) => ({ id: segment.id })) })
  return new WorkflowResponse(segment)
})
