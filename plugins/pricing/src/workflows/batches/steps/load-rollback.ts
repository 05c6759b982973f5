import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pricingDb, pricingService } from "../../../engine/context"
import { pgArray } from "../../../modules/finesse-pricing/store/bulk"
import type { WriteSnapshot } from "../price-list-writes"

export type RollbackPlan = { price_list_id: string; change_ids: string[]; proposal_ids: string[]; snapshot: WriteSnapshot[] }

/**
 * What rolling the batch back restores: for each of its changes still in force, the price list as it was before
 * (the snapshot its application recorded). Refused when a later batch changed one of the same prices and is still
 * applied: restoring would silently undo that later change, so that batch must be rolled back first.
 */
export const loadRollbackStep = createStep("pricing-load-rollback", async (input: { batch_id: string }, { container }) => {
  const svc = pricingService(container)
  const [batch] = await svc.listFinessePricingBatches({ id: input.batch_id }, { take: 1 })
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pricing batch with id: ${input.batch_id} was not found`)
  const later = await svc.laterChangesOver(input.batch_id)
  if (later.length) {
    const batches = await svc.listFinessePricingBatches({ id: later.map((l) => l.batch_id) })
    const names = later.map((l) => `#${batches.find((b: any) => b.id === l.batch_id)?.number ?? l.batch_id} (${l.n} price${l.n === 1 ? "" : "s"})`)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `batch #${batch.number} cannot be rolled back: later batch ${names.join(", ")} changed the same prices; roll ${later.length === 1 ? "it" : "them"} back first`)
  }
  const changes = await svc.changesOfBatch(input.batch_id, "applied")
  const sets = changes.length
    ? await pricingDb(container).raw(`select variant_id, price_set_id from product_variant_price_set where variant_id = any(?::text[]) and deleted_at is null`, [pgArray([...new Set(changes.map((c) => c.variant_id))])])
    : { rows: [] }
  const setOf = new Map<string, string>(sets.rows.map((r: { variant_id: string; price_set_id: string }) => [r.variant_id, r.price_set_id]))
  const plan: RollbackPlan = {
    price_list_id: changes[0]?.price_list_id ?? (await svc.getPriceListId()) ?? "",
    change_ids: changes.map((c) => c.id),
    proposal_ids: changes.map((c) => c.proposal_id).filter((p): p is string => !!p),
    snapshot: changes
      .filter((c) => c.price_id && setOf.has(c.variant_id))
      .map((c) => ({ variant_id: c.variant_id, price_set_id: setOf.get(c.variant_id)!, currency_code: c.currency_code, region_id: c.region_id, price_id: c.price_id!, previous_amount: c.previous_amount, new_amount: c.new_price })),
  }
  return new StepResponse(plan)
})
