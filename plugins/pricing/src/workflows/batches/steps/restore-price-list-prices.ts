import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pricingDb } from "../../../engine/context"
import { reapplySnapshot, restorePriceListPrices, type WriteSnapshot } from "../price-list-writes"

/**
 * A rollback's price-list step: the apply step's compensation logic (restorePriceListPrices) run on the snapshot
 * the application recorded. Its own compensation writes the batch's prices again and re-points the batch's change
 * rows at the prices that now hold them.
 */
export const restorePriceListPricesStep = createStep(
  "pricing-restore-price-list-prices",
  async (input: { batch_id: string; price_list_id: string; snapshot: WriteSnapshot[] }, { container }) => {
    await restorePriceListPrices(container, input.price_list_id, input.snapshot)
    return new StepResponse({ restored: input.snapshot.length }, input)
  },
  async (input, { container }) => {
    if (!input?.snapshot.length) return
    const again = await reapplySnapshot(container, input.price_list_id, input.snapshot)
    const db = pricingDb(container)
    for (const s of again) {
      await db.raw(
        `update finesse_pricing_price_change set price_id = ?, updated_at = now()
         where batch_id = ? and variant_id = ? and currency_code = ? and coalesce(region_id, '') = ? and status = 'applied'`,
        [s.price_id, input.batch_id, s.variant_id, s.currency_code, s.region_id ?? ""]
      )
    }
  }
)
