import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordOrderEventStep, type OrderEventType } from "./steps/record-order-event"
import { refreshOrderFactsStep } from "./steps/refresh-order-facts"

export type TrackOrderEventInput = { type: OrderEventType | "order_changed"; order_id: string; return_id?: string }

/**
 * Keeps the data layer current on one of Medusa's order events: records the server-side behaviour event (not for
 * plain changes) and rebuilds the order's facts.
 */
export const trackOrderEventWorkflow = createWorkflow("core-track-order-event", (input: TrackOrderEventInput) => {
  const eventInput = transform({ input }, ({ input }) => ({
    type: input.type as OrderEventType,
    order_id: input.order_id,
    return_id: input.return_id,
  }))
  when({ input }, ({ input }) => input.type !== "order_changed").then(() => recordOrderEventStep(eventInput))
  const ids = transform({ input }, ({ input }) => ({ order_ids: [input.order_id] }))
  const facts = refreshOrderFactsStep(ids)
  return new WorkflowResponse(facts)
})
