import { model } from "@medusajs/framework/utils"

/**
 * One row per order, denormalised for analytics (money in minor units of currency_code). Kept current by
 * subscribers and filled for existing orders by the backfill job; every capability reads these, not Medusa's
 * order tables row by row.
 */
const FinesseOrderFact = model
  .define("finesse_order_fact", {
    id: model.id().primaryKey(), // the Medusa order id
    display_id: model.number().nullable(),
    customer_id: model.text().nullable(),
    anonymous_id: model.text().nullable(),
    session_id: model.text().nullable(),
    sales_channel_id: model.text().nullable(),
    region_id: model.text().nullable(),
    currency_code: model.text(),
    placed_at: model.dateTime(),
    status: model.text(),
    canceled_at: model.dateTime().nullable(),
    // the customer's 1st, 2nd, … non-canceled order (null without a customer)
    customer_order_index: model.number().nullable(),
    item_count: model.number().default(0),
    units: model.number().default(0),
    subtotal: model.number().default(0),
    discount_total: model.number().default(0),
    shipping_total: model.number().default(0),
    tax_total: model.number().default(0),
    total: model.number().default(0),
    cost_total: model.number().default(0),
    // subtotal - discount_total - cost_total - refunds' share of goods (see lib/facts)
    margin: model.number().default(0),
    refund_total: model.number().default(0),
    returned_units: model.number().default(0),
    promotion_codes: model.array().nullable(),
    // false when a line had no cost: its margin is unknown and excluded from margin %
    cost_complete: model.boolean().default(true),
  })
  .indexes([
    { on: ["placed_at"] },
    { on: ["customer_id", "placed_at"] },
    { on: ["sales_channel_id", "placed_at"] },
    { on: ["region_id", "placed_at"] },
  ])

export default FinesseOrderFact
