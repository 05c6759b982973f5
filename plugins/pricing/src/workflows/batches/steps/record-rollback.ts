import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pricingService } from "../../../engine/context"

/** Marks the batch, its changes and its proposals rolled back, with who and when; the compensation reverts that. */
export const recordRollbackStep = createStep(
  "pricing-record-rollback",
  async (input: { batch_id: string; change_ids: string[]; proposal_ids: string[]; actor_id: string | null }, { container }) => {
    const svc = pricingService(container)
    const at = new Date()
    await svc.markChanges(input.change_ids, "rolled_back", input.actor_id, at)
    await svc.setProposalStatuses([{ ids: input.proposal_ids, status: "rolled_back" }])
    const batch = await svc.transitionBatch(input.batch_id, ["rolling_back"], "rolled_back", { rolled_back_by: input.actor_id, rolled_back_at: at })
    return new StepResponse({ batch, restored: input.change_ids.length, rolled_back_at: at.toISOString() }, input)
  },
  async (input, { container }) => {
    if (!input) return
    const svc = pricingService(container)
    await svc.markChanges(input.change_ids, "applied", null, null)
    await svc.setProposalStatuses([{ ids: input.proposal_ids, status: "applied" }])
    await svc.transitionBatch(input.batch_id, ["rolled_back"], "rolling_back", { rolled_back_by: null, rolled_back_at: null })
  }
)
