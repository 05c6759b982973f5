import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { factsRecostJob } from "../../../queues/facts-recost/definition"

/** Past order lines of these variants get the new cost (margins use the current cost). */
export const enqueueRecostStep = createStep("core-enqueue-recost", async (input: { variant_ids: string[] }, { container }) => {
  if (!input.variant_ids.length) return new StepResponse(null)
  const job = await factsRecostJob.enqueue(container, {
    variant_ids: [...new Set(input.variant_ids)],
    changed_at: new Date().toISOString(),
  })
  return new StepResponse(job.id)
})
