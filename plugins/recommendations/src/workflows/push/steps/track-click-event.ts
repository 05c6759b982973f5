import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Data = { insertEvents(rows: Record<string, unknown>[]): Promise<Set<string>> }

/**
 * A click in a message is a recommendation click like one on the storefront: recorded as core's
 * `recommendation_clicked` event (source "server", the recipient as customer) so the feedback job attributes the
 * orders that follow to the e-mail placement and to the campaign's delivery. Idempotent per click id.
 */
export const trackClickEventStep = createStep(
  "recommendations-track-push-click",
  async (input: { click_id: string; customer_id: string; recommendation_id: string | null; product_id: string }, { container }) => {
    if (!input.recommendation_id) return new StepResponse(false)
    const data = container.resolve("finesse_data") as Data
    const now = new Date()
    const inserted = await data.insertEvents([
      {
        client_event_id: input.click_id,
        type: "recommendation_clicked",
        source: "server",
        anonymous_id: null,
        session_id: null,
        customer_id: input.customer_id,
        sales_channel_id: null,
        occurred_at: now,
        received_at: now,
        product_id: input.product_id,
        recommendation_id: input.recommendation_id,
        properties: { recommendation_id: input.recommendation_id, product_id: input.product_id, placement: "email" },
      },
    ])
    return new StepResponse(inserted.size > 0)
  }
)
