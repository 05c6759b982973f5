import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "@finesse/core/workflows"
import { assertRepricingAllowedStep } from "./steps/assert-repricing-allowed"
import { claimBatchStep } from "./steps/claim-batch"
import { ensurePriceListStep } from "./steps/ensure-price-list"
import { planPriceWritesStep } from "./steps/plan-price-writes"
import { recordAppliedChangesStep } from "./steps/record-applied-changes"
import { writePriceListPricesStep } from "./steps/write-price-list-prices"

export type ApplyBatchInput = { batch_id: string; actor_type: "user" | "api-key" | "customer" | "system"; actor_id: string | null }

export const BATCH_APPLIED_EVENT = "finesse.pricing.batch_applied"

/**
 * Applies a batch: its approved and auto-approved proposals go into the Finesse price list through Medusa's pricing
 * module, so storefront prices and carts change with nothing else to do. Refused while the kill switch is on.
 * Hook `pricesWritten` runs after the write with the changes (say, to push them to an ERP); a hook that throws
 * makes the workflow compensate, which restores the price list exactly as it was.
 */
export const applyPricingBatchWorkflow = createWorkflow("pricing-apply-batch", (input: ApplyBatchInput) => {
  assertRepricingAllowedStep()
  const batch = claimBatchStep(transform({ input }, ({ input }) => ({ batch_id: input.batch_id, from: ["proposed"], to: "applying", what: "applied" })))
  const plan = planPriceWritesStep(transform({ input }, ({ input }) => ({ batch_id: input.batch_id })))
  const list = ensurePriceListStep()
  const snapshot = writePriceListPricesStep(transform({ list, plan }, ({ list, plan }) => ({ price_list_id: list.id, writes: plan.writes })))
  const pricesWritten = createHook("pricesWritten", { batch_id: input.batch_id, price_list_id: list.id, snapshot })
  const recorded = recordAppliedChangesStep(
    transform({ input, list, plan, snapshot }, ({ input, list, plan, snapshot }) => ({ batch_id: input.batch_id, price_list_id: list.id, plan, snapshot, actor_id: input.actor_id }))
  )
  recordAuditStep(
    transform({ input, batch, recorded, plan, list }, ({ input, batch, recorded, plan, list }) => ({
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      plugin: "pricing",
      action: "pricing.batch.applied",
      resource_type: "finesse_pricing_batch",
      resource_id: input.batch_id,
      summary: `applied batch #${batch.number}: ${recorded.applied} price change(s) into the Finesse price list${recorded.stale ? `, ${recorded.stale} stale left out` : ""}${recorded.expired ? `, ${recorded.expired} undecided expired` : ""} (largest step ${plan.max_step_pct} %)`,
      changes: { applied: recorded.applied, stale: recorded.stale, expired: recorded.expired, max_step_pct: plan.max_step_pct, price_list_id: list.id },
    }))
  )
  emitEventStep({
    eventName: BATCH_APPLIED_EVENT,
    data: transform({ input, recorded }, ({ input, recorded }) => ({ id: input.batch_id, applied: recorded.applied })),
  })
  return new WorkflowResponse(recorded, { hooks: [pricesWritten] })
})
