import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pricingService } from "../../../engine/context"

export type ClaimInput = { batch_id: string; from: string[]; to: string; what: string }

/**
 * Moves a batch into a working state (proposed → applying, applied → rolling_back) in one conditional update, so
 * two admins clicking at once cannot both apply it; the compensation puts the previous state back.
 */
export const claimBatchStep = createStep(
  "pricing-claim-batch",
  async (input: ClaimInput, { container }) => {
    const svc = pricingService(container)
    const [batch] = await svc.listFinessePricingBatches({ id: input.batch_id }, { take: 1 })
    if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pricing batch with id: ${input.batch_id} was not found`)
    const claimed = await svc.transitionBatch(input.batch_id, input.from, input.to)
    if (!claimed) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `batch #${batch.number} is ${batch.status}: only a ${input.from.join(" or ")} batch can be ${input.what}`)
    }
    return new StepResponse(claimed as Record<string, any>, { id: input.batch_id, previous: batch.status as string, to: input.to })
  },
  async (c, { container }) => {
    if (c) await pricingService(container).transitionBatch(c.id, [c.to], c.previous)
  }
)
