import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadConfig } from "../../../engine/config"
import { customerContact, sendNotification } from "../../../engine/notify"

type NotifyResult = { sent: boolean; reason?: string; notification_id?: string | null }

const SAY: Record<string, string> = {
  approved: "approved",
  refused: "declined",
  resolved: "resolved",
  closed: "closed",
  cancelled: "cancelled",
  open: "reopened",
  waiting_on_customer: "waiting for your answer",
}

/**
 * Tells the customer their case changed status, through the notification module. Best effort: a store without a
 * provider for the channel still changes the case (the failure is returned, not thrown).
 */
export const notifyCustomerStep = createStep(
  "after-sales-notify-customer",
  async (input: { case_id: string; rma_number: string; customer_id: string | null; to: string; event_id: string; note?: string | null }, { container }) => {
    const { settings } = await loadConfig(container)
    if (!settings.notifications.notify_customer) return new StepResponse<NotifyResult>({ sent: false, reason: "disabled" })
    const who = await customerContact(container, input.customer_id)
    if (!who) return new StepResponse<NotifyResult>({ sent: false, reason: "no customer e-mail" })
    try {
      const id = await sendNotification(container, {
        to: who.email,
        channel: settings.notifications.customer_channel,
        template: settings.notifications.customer_template,
        trigger_type: "finesse.after-sales.case.updated",
        resource_id: input.case_id,
        resource_type: "finesse_after_sales_case",
        receiver_id: input.customer_id,
        idempotency_key: `finesse-after-sales-case-${input.event_id}`,
        data: {
          title: `Your case ${input.rma_number} is ${SAY[input.to] ?? input.to.replace(/_/g, " ")}`,
          description: input.note ?? undefined,
          case_id: input.case_id,
          rma_number: input.rma_number,
          status: input.to,
          first_name: who.first_name,
          case_url: `${settings.storefront_url.replace(/\/$/, "")}/account/cases/${input.case_id}`,
        },
      })
      return new StepResponse<NotifyResult>({ sent: true, notification_id: id })
    } catch (e) {
      return new StepResponse<NotifyResult>({ sent: false, reason: (e as Error).message.slice(0, 300) })
    }
  }
)
