import { defineCustomerDataHandler } from "@finesse/core/privacy"
import { logisticsOf } from "../engine/container"

/**
 * Logistics keeps, per order of a customer, the routing decision and the shipments with the delivery postcode and
 * its centroid coordinates (never a name or street: route sheets read those from the order when exported).
 * Erasing removes the postcode and coordinates; the decision's locations and the delivery times stay as
 * anonymous statistics.
 */
export default defineCustomerDataHandler({
  plugin: "logistics",
  describe: "routing decisions of the customer's orders (which locations, why) and shipments with delivery postcode, promised and actual delivery times",
  async exportCustomer(container, customerId) {
    const db = logisticsOf(container).db()
    const orders = `select id from "order" where customer_id = ?`
    const [decisions, shipments] = await Promise.all([
      db.raw(`select id, order_id, version, current, status, source, summary, shipments, destination, created_at from finesse_logistics_decision where order_id in (${orders}) and deleted_at is null order by created_at`, [customerId]),
      db.raw(`select id, order_id, location_name, mode, carrier_code, service, dest_country, dest_postcode, lat, lng, promised_at, shipped_at, delivered_at, status from finesse_logistics_shipment where order_id in (${orders}) and deleted_at is null order by created_at`, [customerId]),
    ])
    return { routing_decisions: decisions.rows, shipments: shipments.rows }
  },
  async eraseCustomer(container, customerId) {
    const db = logisticsOf(container).db()
    const orders = `select id from "order" where customer_id = ?`
    const s = await db.raw(`update finesse_logistics_shipment set dest_postcode = null, lat = null, lng = null, updated_at = now() where order_id in (${orders})`, [customerId])
    const d = await db.raw(
      `update finesse_logistics_decision set destination = jsonb_build_object('country_code', destination->>'country_code'), updated_at = now() where order_id in (${orders})`,
      [customerId]
    )
    return { shipments_anonymised: s.rowCount ?? 0, decisions_anonymised: d.rowCount ?? 0 }
  },
})
