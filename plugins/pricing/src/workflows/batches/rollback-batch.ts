import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "@finesse/core/workflows"
import { claimBatchStep } from "./steps/claim-batch"
import { loadRollbackStep } from "./steps/load-rollback"
import { recordRollbackStep } from "./steps/record-rollback"
import { restorePriceListPricesStep } from "./steps/restore-price-list-prices"

export type RollbackBatchInput = { batch_id: string; actor_type: "user" | "api-key" | "customer" | "system"; actor_id: string | null }

export const BATCH_ROLLED_BACK_EVENT = "finesse.pricing.batch_rolled_back"

/**
 * Rolls a whole applied batch back: every price it wrote returns to exactly what the price list held before (the
 * base price where the list had none), by the apply workflow's own compensation logic run on the snapshot the
 * application kept. Allowed while the kill switch is on: going back is the safe direction.
 */
export const rollbackPricingBatchWorkflow = createWorkflow("pricing-rollback-batch", (input: RollbackBatchInput) => {
  const plan = loadRollbackStep(transform({ input }, ({ input }) => ({ batch_id: input.batch_id })))
  const batch = claimBatchStep(transform({ input }, ({ input }) => ({ batch_id: input.batch_id, from: ["applied"], to: "rolling_back", what: "rolled back" })))
  restorePriceListPricesStep(transform({ input, plan }, ({ input, plan }) => ({ batch_id: input.batch_id, price_list_id: plan.price_list_id, snapshot: plan.snapshot })))
  const recorded = recordRollbackStep(
    transform({ input, plan }, ({ input, plan }) => ({ batch_id: input.batch_id, change_ids: plan.change_ids, proposal_ids: plan.proposal_ids, actor_id: input.actor_id }))
  )
  recordAuditStep(
    transform({ input, batch, recorded }, ({ input, batch, recorded }) => ({
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      plugin: "pricing",
      action: "pricing.batch.rolled_back",
      resource_type: "finesse_pricing_batch",
      resource_id: input.batch_id,
      summary: `rolled back batch #${batch.number}: ${recorded.restored} price(s) restored to what they were before`,
      changes: { restored: recorded.restored },
    }))
  )
  emitEventStep({
    eventName: BATCH_ROLLED_BACK_EVENT,
    data: transform({ input, recorded }, ({ input, recorded }) => ({ id: input.batch_id, restored: recorded.restored })),
  })
  return new WorkflowResponse(recorded)
})
