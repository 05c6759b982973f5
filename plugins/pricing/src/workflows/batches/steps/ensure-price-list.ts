import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pricingService } from "../../../engine/context"

type PricingModule = {
  listPriceLists(filter: { id: string[] }, config?: { take?: number }): Promise<{ id: string }[]>
  createPriceLists(data: Record<string, unknown>[]): Promise<{ id: string }[]>
  deletePriceLists(ids: string[]): Promise<void>
}

export const FINESSE_PRICE_LIST = {
  title: "Finesse dynamic pricing",
  description: "Prices set by @finesse/pricing repricing batches (applied, approved and rolled back from the Pricing page). Edit them there, not here.",
}

/**
 * The Finesse-owned price list every applied price goes into: an always-active override list without rules or
 * dates, so storefronts and carts use its prices with nothing to change. Created on first use; if two appliers race,
 * the first id stored wins and the other list is deleted.
 */
export const ensurePriceListStep = createStep(
  "pricing-ensure-price-list",
  async (_: void, { container }) => {
    const svc = pricingService(container)
    const pricing = container.resolve<PricingModule>(Modules.PRICING)
    const known = await svc.getPriceListId()
    if (known) {
      const [list] = await pricing.listPriceLists({ id: [known] }, { take: 1 })
      if (list) return new StepResponse({ id: known, created: false }, null as string | null)
      await svc.forgetPriceListId(known)
    }
    const [created] = await pricing.createPriceLists([{ ...FINESSE_PRICE_LIST, type: "override", status: "active", rules: {} }])
    const { value, inserted } = await svc.claimPriceListId(created.id)
    if (!inserted) {
      await pricing.deletePriceLists([created.id])
      return new StepResponse({ id: value, created: false }, null as string | null)
    }
    return new StepResponse({ id: created.id, created: true }, created.id as string | null)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await pricingService(container).forgetPriceListId(createdId)
    await container.resolve<PricingModule>(Modules.PRICING).deletePriceLists([createdId])
  }
)
