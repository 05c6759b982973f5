import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueuePersonasJobStep } from "./steps/enqueue-job"

/** Starts a full recompute (or, unless reuse_open is false, returns the one already queued or running). */
export const enqueueRecomputeWorkflow = createWorkflow("personas-enqueue-recompute", (input: { run: string; reuse_open?: boolean }) => {
  const job = enqueuePersonasJobStep(
    transform({ input }, ({ input }) => ({ kind: "personas.recompute" as const, payload: { run: input.run }, reuse_open: input.reuse_open ?? true }))
  )
  return new WorkflowResponse(job)
})
