import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_DATA_MODULE } from "../../../modules/finesse-data"
import type FinesseDataModuleService from "../../../modules/finesse-data/service"

export const deleteCostStep = createStep(
  "core-delete-cost",
  async (input: { id: string }, { container }) => {
    const data = container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
    const [cost] = await data.listFinesseVariantCosts({ id: input.id })
    if (!cost) throw new MedusaError(MedusaError.Types.NOT_FOUND, `cost ${input.id} was not found`)
    await data.deleteFinesseVariantCosts(input.id)
    return new StepResponse(cost, cost)
  },
  async (cost, { container }) => {
    if (!cost) return
    await container
      .resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
      .upsertVariantCosts([{ variant_id: cost.variant_id, currency_code: cost.currency_code, amount: cost.amount, source: cost.source as "manual", updated_by: cost.updated_by }])
  }
)
