// Hand-over and delivery times of shipments, from Medusa's fulfilments (shipment.created, delivery.created) or
// from carrier tracking events posted to the admin API.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderOfFulfillment } from "../reads/medusa-orders"
import { logisticsOf } from "./container"

export type TrackingEvent = { shipment_id?: string; order_id?: string; location_id?: string; tracking_number?: string; type: "shipped" | "delivered"; at: Date }

/** Applies tracking events to the matching open shipments; returns how many shipments changed and the unmatched. */
export async function applyTrackingEvents(container: MedusaContainer, events: readonly TrackingEvent[]) {
  const db = logisticsOf(container).db()
  let updated = 0
  const unmatched: number[] = []
  for (const [i, e] of events.entries()) {
    const where: string[] = ["deleted_at is null", "status <> 'canceled'"]
    const b: (string | Date)[] = []
    if (e.shipment_id) (where.push("id = ?"), b.push(e.shipment_id))
    if (e.order_id) (where.push("order_id = ?"), b.push(e.order_id))
    if (e.location_id) (where.push("location_id = ?"), b.push(e.location_id))
    if (e.tracking_number) (where.push("tracking_number = ?"), b.push(e.tracking_number))
    const set = e.type === "shipped" ? `shipped_at = ?, status = case when status = 'delivered' then status else 'shipped' end` : `delivered_at = ?, status = 'delivered', shipped_at = coalesce(shipped_at, ?)`
    const args = e.type === "shipped" ? [e.at] : [e.at, e.at]
    const r = await db.raw(`update finesse_logistics_shipment set ${set}, updated_at = now() where ${where.join(" and ")} returning id`, [...args, ...b])
    if (r.rows.length) updated += r.rows.length
    else unmatched.push(i)
  }
  return { updated, unmatched }
}

/** A Medusa fulfilment shipped or delivered: the order's shipment from that location gets the time. */
export async function trackFulfillment(container: MedusaContainer, fulfillmentId: string, type: "shipped" | "delivered") {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "fulfillment", fields: ["id", "location_id", "shipped_at", "delivered_at", "labels.tracking_number"], filters: { id: fulfillmentId } })
  const f = data[0] as any
  if (!f) return { updated: 0 }
  const orderId = await orderOfFulfillment(logisticsOf(container).db(), fulfillmentId)
  if (!orderId) return { updated: 0 }
  const at = new Date((type === "shipped" ? f.shipped_at : f.delivered_at) ?? Date.now())
  const db = logisticsOf(container).db()
  await db.raw(
    `update finesse_logistics_shipment set fulfillment_id = coalesce(fulfillment_id, ?), tracking_number = coalesce(tracking_number, ?), updated_at = now()
      where order_id = ? and location_id = ? and status <> 'canceled' and deleted_at is null`,
    [f.id, f.labels?.[0]?.tracking_number ?? null, orderId, f.location_id]
  )
  return applyTrackingEvents(container, [{ order_id: orderId, location_id: f.location_id, type, at }])
}
