import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pricingDb, pricingService } from "../../../engine/context"
import { currentPrice, priceKey, variantPrices } from "../../../reads/medusa-prices"
import type { PriceWrite } from "../price-list-writes"

export type WritePlan = {
  writes: PriceWrite[]
  /** proposals whose price moved since the run (or whose variant is gone): not applied */
  stale: { id: string; reason: string }[]
  max_step_pct: number
}

/**
 * What applying the batch writes: its approved and auto-approved proposals (a blocked, pending or rejected one never
 * gets here), each checked against the price a customer sees now: one that no longer starts from its old price
 * is stale (another batch or a manual edit moved it) and left out.
 */
export const planPriceWritesStep = createStep("pricing-plan-price-writes", async (input: { batch_id: string }, { container }) => {
  const svc = pricingService(container)
  const proposals = await svc.applicableProposals(input.batch_id)
  const priceListId = await svc.getPriceListId()
  const now = await variantPrices(pricingDb(container), [...new Set(proposals.map((p) => p.variant_id))], priceListId)
  const plan: WritePlan = { writes: [], stale: [], max_step_pct: 0 }
  for (const p of proposals) {
    const v = now.get(p.variant_id)
    const cur = v ? currentPrice(v, p.currency_code, p.region_id) : null
    if (!v || !cur) {
      plan.stale.push({ id: p.id, reason: "the variant or its price no longer exists" })
      continue
    }
    if (cur.amount !== p.old_price) {
      plan.stale.push({ id: p.id, reason: `the price is ${cur.amount} now, the proposal started from ${p.old_price}` })
      continue
    }
    const existing = v.list.get(priceKey(p.currency_code, p.region_id)) ?? null
    plan.writes.push({
      proposal_id: p.id,
      variant_id: p.variant_id,
      product_id: p.product_id,
      price_set_id: v.priceSetId,
      currency_code: p.currency_code,
      region_id: p.region_id,
      old_price: p.old_price,
      amount: p.new_price,
      existing_price_id: existing?.priceId ?? null,
      existing_amount: existing?.amount ?? null,
    })
    plan.max_step_pct = Math.max(plan.max_step_pct, Math.abs(Number(p.step_pct)))
  }
  return new StepResponse(plan)
})
