import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_DATA_MODULE } from "../../../modules/finesse-data"
import type FinesseDataModuleService from "../../../modules/finesse-data/service"

export type OrderEventType = "order_placed" | "order_canceled" | "order_completed" | "return_requested" | "return_received"

/** Idempotent: the event's id is derived from the order (or return), so a redelivered Medusa event adds nothing. */
export const recordOrderEventStep = createStep(
  "core-record-order-event",
  async (input: { type: OrderEventType; order_id: string; return_id?: string }, { container }) => {
    const data = container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
    const recorded = await data.recordOrderEvent(input.type, input.order_id, input.return_id)
    return new StepResponse({ recorded })
  }
)
