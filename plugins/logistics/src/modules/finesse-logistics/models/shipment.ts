import { model } from "@medusajs/framework/utils"

/**
 * A parcel of an order from one location: how it goes (own fleet or carrier), what it costs, when it was promised
 * and when it was handed over and delivered (from Medusa's fulfilments or carrier tracking).
 */
const FinesseLogisticsShipment = model
  .define("finesse_logistics_shipment", {
    id: model.id({ prefix: "flshp" }).primaryKey(),
    order_id: model.text(),
    decision_id: model.text().nullable(),
    location_id: model.text(),
    location_name: model.text(),
    lines: model.json(),
    units: model.number().default(0),
    weight_g: model.number().default(0),
    // own_fleet | carrier | none
    mode: model.text(),
    mode_reason: model.text().nullable(),
    mode_options: model.json().nullable(),
    carrier_code: model.text().nullable(),
    service: model.text().nullable(),
    fleet_region_id: model.text().nullable(),
    delivery_day: model.text().nullable(),
    // own-fleet delivery window on the delivery day, minutes after midnight UTC (null: the whole shift)
    window_start_min: model.number().nullable(),
    window_end_min: model.number().nullable(),
    // the delivery region for statistics: an own-fleet region's name or the country code
    region: model.text(),
    dest_country: model.text(),
    dest_postcode: model.text().nullable(),
    lat: model.float().nullable(),
    lng: model.float().nullable(),
    cost: model.number().nullable(),
    currency_code: model.text(),
    promised_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    // pending | shipped | delivered | canceled
    status: model.text().default("pending"),
    fulfillment_id: model.text().nullable(),
    tracking_number: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["status"] },
    { on: ["fleet_region_id", "delivery_day"] },
    { on: ["carrier_code", "promised_at"] },
    { on: ["promised_at"] },
  ])

export default FinesseLogisticsShipment
