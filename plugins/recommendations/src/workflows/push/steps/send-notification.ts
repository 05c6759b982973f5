import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notificationIdempotencyKey } from "../../../lib/push/delivery-key"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../modules/finesse-recommendations/service"

export type SendResult = { status: "sent" | "failed" | "already_done"; notification_id: string | null; error?: string }

export type SendInput = {
  delivery_id: string
  delivery_key: string
  to: string
  channel: string
  template: string
  customer_id: string
  campaign_id: string
  data: Record<string, unknown>
}

/**
 * Claims the delivery and sends it through Medusa's notification module with an idempotency key derived from the
 * delivery key: if an earlier attempt sent it and died before recording it, the module finds the notification and
 * does not send again. Records sent or failed (a message cannot be unsent, so there is no compensation).
 */
export const sendNotificationStep = createStep("recommendations-send-notification", async (input: SendInput, { container }): Promise<StepResponse<SendResult, SendResult>> => {
  const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  if (!(await recs.claimDelivery(input.delivery_id))) return new StepResponse<SendResult, SendResult>({ status: "already_done", notification_id: null })
  const notifications = container.resolve(Modules.NOTIFICATION)
  try {
    const sent = await notifications.createNotifications({
      to: input.to,
      channel: input.channel,
      template: input.template,
      data: input.data,
      trigger_type: "finesse.recommendations.push",
      resource_id: input.campaign_id,
      resource_type: "finesse_rec_campaign",
      receiver_id: input.customer_id,
      idempotency_key: notificationIdempotencyKey(input.delivery_key),
    })
    const id = (Array.isArray(sent) ? sent[0] : sent)?.id ?? null
    if (!id) {
      // the module returns nothing for a key it already sent: find that notification
      const [existing] = await notifications.listNotifications({ idempotency_key: notificationIdempotencyKey(input.delivery_key) } as any)
      await recs.finishDelivery(input.delivery_id, "sent", { notification_id: existing?.id ?? null, reason: existing ? "already sent by an earlier attempt" : null })
      return new StepResponse<SendResult, SendResult>({ status: "sent", notification_id: existing?.id ?? null })
    }
    await recs.finishDelivery(input.delivery_id, "sent", { notification_id: id })
    return new StepResponse<SendResult, SendResult>({ status: "sent", notification_id: id })
  } catch (e) {
    await recs.finishDelivery(input.delivery_id, "failed", { reason: (e as Error).message.slice(0, 500) })
    return new StepResponse<SendResult, SendResult>({ status: "failed", notification_id: null, error: (e as Error).message })
  }
})
