import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_DATA_MODULE } from "../../../modules/finesse-data"
import type FinesseDataModuleService from "../../../modules/finesse-data/service"

/** Rebuilds the facts of the given orders from their current state; idempotent, so no compensation is needed. */
export const refreshOrderFactsStep = createStep(
  "core-refresh-order-facts",
  async (input: { order_ids: string[] }, { container }) => {
    const data = container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
    const count = await data.refreshOrderFacts(input.order_ids)
    return new StepResponse({ count })
  }
)
