import { model } from "@medusajs/framework/utils"

/**
 * One behaviour event: sent by a storefront (views, searches, cart changes) or derived server-side from Medusa's own
 * events (orders, customers, returns). Common properties are columns so time-range reads use indexes; the rest of
 * the type-specific properties stay in `properties`.
 */
const FinesseEvent = model
  .define("finesse_event", {
    id: model.id({ prefix: "fev" }).primaryKey(),
    // the client's own id: the same id sent twice is stored once
    client_event_id: model.text(),
    type: model.text(),
    source: model.text().default("storefront"),
    anonymous_id: model.text().nullable(),
    session_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    sales_channel_id: model.text().nullable(),
    occurred_at: model.dateTime(),
    received_at: model.dateTime(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    category_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    recommendation_id: model.text().nullable(),
    query: model.text().nullable(),
    result_count: model.number().nullable(),
    quantity: model.number().nullable(),
    // minor units of currency_code
    amount: model.number().nullable(),
    currency_code: model.text().nullable(),
    properties: model.json().nullable(),
    // cleaning flags kept on stored events, e.g. "bot_suspect", "clock_skew"
    flags: model.array().nullable(),
    // keyed hash of the client IP (never the IP itself)
    ip_hash: model.text().nullable(),
  })
  .indexes([
    { on: ["client_event_id"], unique: true },
    { on: ["occurred_at"] },
    { on: ["anonymous_id", "occurred_at"] },
    { on: ["customer_id", "occurred_at"] },
    { on: ["product_id", "occurred_at"] },
    // joins from orders and carts back to the storefront session that placed them
    { name: "IDX_finesse_event_order_id", on: ["order_id"], where: "order_id IS NOT NULL AND deleted_at IS NULL" },
    { name: "IDX_finesse_event_cart_id", on: ["cart_id"], where: "cart_id IS NOT NULL AND deleted_at IS NULL" },
  ])

export default FinesseEvent
