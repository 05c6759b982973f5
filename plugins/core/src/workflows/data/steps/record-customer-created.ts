import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_DATA_MODULE } from "../../../modules/finesse-data"
import type FinesseDataModuleService from "../../../modules/finesse-data/service"

/** Idempotent: the event id is derived from the customer id. */
export const recordCustomerCreatedStep = createStep(
  "core-record-customer-created",
  async (input: { customer_id: string }, { container }) => {
    const data = container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
    return new StepResponse({ recorded: await data.recordCustomerCreated(input.customer_id, new Date()) })
  }
)
