import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  beginReceiveReturnWorkflow,
  capturePaymentWorkflow,
  confirmReturnReceiveWorkflow,
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  receiveItemReturnRequestWorkflow,
} from "@medusajs/medusa/core-flows"

const num = (v: any) => (typeof v === "object" && v !== null ? Number(v.numeric ?? v.value) : Number(v))

/** Captures the payment and fulfils and delivers every item, as a warehouse would: only delivered items come back. */
export async function captureAndDeliver(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.quantity", "items.detail.quantity", "payment_collections.payments.id"], filters: { id: orderId } })
  const order = data[0] as any
  await capturePaymentWorkflow(container).run({ input: { payment_id: order.payment_collections[0].payments[0].id } })
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1, order: { created_at: "DESC" } } as any)
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
    input: { order_id: orderId, location_id: location.id, items: order.items.map((i: any) => ({ id: i.id, quantity: num(i.detail?.quantity ?? i.quantity) })) },
  })
  await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId: fulfillment.id } })
  return order.items.map((i: any) => i.id as string)
}

/** The warehouse receives a Medusa return in full (Medusa's receive flow, which emits order.return_received). */
export async function receiveReturn(container: MedusaContainer, returnId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "return", fields: ["id", "items.item_id", "items.quantity"], filters: { id: returnId } })
  const items = (data[0] as any).items.map((i: any) => ({ id: i.item_id, quantity: num(i.quantity) }))
  await beginReceiveReturnWorkflow(container).run({ input: { return_id: returnId } })
  await receiveItemReturnRequestWorkflow(container).run({ input: { return_id: returnId, items } })
  await confirmReturnReceiveWorkflow(container).run({ input: { return_id: returnId } })
}

/** Runs a Finesse job through the admin API and waits for its end. */
export async function runJob(api: any, headers: any, kind: string, payload: Record<string, unknown> = {}) {
  const { job } = (await api.post("/admin/finesse/jobs", { kind, payload }, headers)).data
  for (let i = 0; i < 300; i++) {
    const j = (await api.get(`/admin/finesse/jobs/${job.id}`, headers)).data.job
    if (["completed", "failed", "cancelled"].includes(j.state)) return j
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`job ${kind} did not finish`)
}
