import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { actOnCase } from "../engine/cases"
import { service } from "../engine/case-change"

/**
 * Medusa received a return (or an exchange's or claim's inbound items): the case's remedy is marked received and the
 * case gets an internal note, so the agent knows the refund can follow (Medusa now owes the difference).
 */
export default async function returnReceived({ event, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  const logger = container.resolve("logger")
  try {
    const db = service(container).db()
    const remedies = await db("finesse_after_sales_remedy").where({ return_id: event.data.return_id }).whereNull("deleted_at")
    for (const r of remedies) {
      await db("finesse_after_sales_remedy").where({ id: r.id }).whereNot({ status: "refunded" }).update({ status: "received", updated_at: new Date() })
      await actOnCase(container, {
        case_id: r.case_id,
        actor: { type: "system", id: null },
        action: "note",
        body: `Medusa received return ${event.data.return_id}.${Number(r.refund_amount) > Number(r.refunded_amount) ? " The refund can be issued now." : ""}`,
      })
    }
  } catch (e) {
    logger.error(`[after-sales] return ${event.data.return_id} received: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = { event: "order.return_received" }
