import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueueRecostStep } from "./steps/enqueue-recost"
import { upsertCostsStep, type CostInput } from "./steps/upsert-costs"

/** Sets unit costs (minor units) of variants per currency, then re-costs their past order facts. */
export const upsertVariantCostsWorkflow = createWorkflow(
  "core-upsert-variant-costs",
  (input: { costs: CostInput[]; updated_by: string | null }) => {
    const saved = upsertCostsStep(input)
    enqueueRecostStep(transform({ input }, ({ input }) => ({ variant_ids: input.costs.map((c) => c.variant_id) })))
    return new WorkflowResponse(saved)
  }
)
