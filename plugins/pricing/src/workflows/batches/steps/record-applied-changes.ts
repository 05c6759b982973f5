import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pricingService } from "../../../engine/context"
import type { WriteSnapshot } from "../price-list-writes"
import type { WritePlan } from "./plan-price-writes"

export type RecordAppliedInput = {
  batch_id: string
  price_list_id: string
  plan: WritePlan
  snapshot: WriteSnapshot[]
  actor_id: string | null
}

/**
 * Keeps what was applied: one price change row per written price (old and new price, who, when, and what a
 * rollback restores), proposals marked applied or stale, the ones still pending expired, the batch applied.
 * The compensation deletes the rows and puts every status back.
 */
export const recordAppliedChangesStep = createStep(
  "pricing-record-applied-changes",
  async (input: RecordAppliedInput, { container }) => {
    const svc = pricingService(container)
    const at = new Date()
    const statusOf = new Map<string, string>()
    const applicable = await svc.applicableProposals(input.batch_id)
    for (const p of applicable) statusOf.set(p.id, p.status)
    const changeIds = await svc.insertChanges(
      input.plan.writes.map((w, i) => ({
        batch_id: input.batch_id,
        proposal_id: w.proposal_id,
        variant_id: w.variant_id,
        product_id: w.product_id,
        currency_code: w.currency_code,
        region_id: w.region_id,
        old_price: w.old_price,
        new_price: w.amount,
        price_list_id: input.price_list_id,
        price_id: input.snapshot[i].price_id,
        previous_price_id: w.existing_price_id,
        previous_amount: input.snapshot[i].previous_amount,
        applied_by: input.actor_id,
        applied_at: at,
      }))
    )
    const applied = input.plan.writes.map((w) => w.proposal_id!).filter(Boolean)
    const stale = input.plan.stale.map((s) => s.id)
    await svc.setProposalStatuses([
      { ids: applied, status: "applied" },
      { ids: stale, status: "stale" },
    ])
    const expired = await svc.expirePending(input.batch_id)
    const batch = await svc.transitionBatch(input.batch_id, ["applying"], "applied", {
      applied_by: input.actor_id,
      applied_at: at,
      applied_count: applied.length,
      max_step_pct: input.plan.max_step_pct,
    })
    return new StepResponse(
      { batch, applied: applied.length, stale: stale.length, expired: expired.length, applied_at: at.toISOString() },
      { batch_id: input.batch_id, changeIds, previous: [...statusOf].map(([id, previous]) => ({ id, previous })), expired }
    )
  },
  async (c, { container }) => {
    if (!c) return
    const svc = pricingService(container)
    await svc.deleteChanges(c.changeIds)
    const groups = new Map<string, string[]>()
    for (const p of c.previous) groups.set(p.previous, [...(groups.get(p.previous) ?? []), p.id])
    await svc.setProposalStatuses([...groups].map(([status, ids]) => ({ ids, status })))
    await svc.setProposalStatuses([{ ids: c.expired, status: "pending" }])
    await svc.transitionBatch(c.batch_id, ["applied"], "applying", { applied_by: null, applied_at: null, applied_count: 0 })
  }
)
