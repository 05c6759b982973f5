import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planSegmentSync } from "../../../engine/group-sync"

/** Read-only: the segment's fresh membership and what its group needs (404/400 for a missing or unsynced segment). */
export const planSegmentSyncStep = createStep("personas-plan-segment-sync", async (input: { segment_id: string }, { container }) => {
  return new StepResponse(await planSegmentSync(container, input.segment_id))
})
