import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordInteractionStep } from "./steps/record-interaction"
import { trackClickEventStep } from "./steps/track-click-event"

type Input = { delivery_id: string; kind: "open" | "click"; product_id?: string; click_id?: string }

/** An open (tracking pixel) or a click (tracked link) on a message. */
export const recordPushInteractionWorkflow = createWorkflow("recommendations-record-push-interaction", (input: Input) => {
  const delivery = recordInteractionStep(transform({ input }, ({ input }) => ({ delivery_id: input.delivery_id, kind: input.kind })))
  when({ input }, ({ input }) => input.kind === "click" && !!input.product_id).then(() => {
    trackClickEventStep(
      transform({ input, delivery }, ({ input, delivery }) => ({
        click_id: input.click_id ?? `push-click-${input.delivery_id}-${Date.now()}`,
        customer_id: delivery.customer_id,
        recommendation_id: delivery.recommendation_id,
        product_id: input.product_id!,
      }))
    )
  })
  return new WorkflowResponse(delivery)
})
