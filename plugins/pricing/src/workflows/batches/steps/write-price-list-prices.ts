import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { restorePriceListPrices, undoPartialWrite, writePriceListPrices, type PriceWrite, type WriteSnapshot } from "../price-list-writes"

/**
 * Writes the planned prices into the Finesse price list. Its compensation restores the list exactly as it was
 * (removes what it added, puts back what it updated): the same restore a rollback of the batch runs later.
 */
export const writePriceListPricesStep = createStep(
  "pricing-write-price-list-prices",
  async (input: { price_list_id: string; writes: PriceWrite[] }, { container }) => {
    let snapshot: WriteSnapshot[]
    try {
      snapshot = await writePriceListPrices(container, input.price_list_id, input.writes)
    } catch (e) {
      await undoPartialWrite(container, input.price_list_id, input.writes)
      throw e
    }
    return new StepResponse(snapshot, { price_list_id: input.price_list_id, snapshot })
  },
  async (c: { price_list_id: string; snapshot: WriteSnapshot[] } | undefined, { container }) => {
    if (c?.snapshot.length) await restorePriceListPrices(container, c.price_list_id, c.snapshot)
  }
)
