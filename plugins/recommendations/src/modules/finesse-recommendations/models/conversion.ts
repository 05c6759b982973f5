import { model } from "@medusajs/framework/utils"

/** An add-to-cart or order line attributed to the last recommendation click on that product within the window. */
const FinesseRecConversion = model
  .define("finesse_rec_conversion", {
    id: model.id({ prefix: "frconv" }).primaryKey(),
    // add_to_cart: the core event id; order: the order line fact id
    conversion_key: model.text(),
    type: model.enum(["add_to_cart", "order"]),
    recommendation_id: model.text(),
    placement: model.text(),
    strategy: model.text(),
    model_version: model.number(),
    experiment_number: model.number().nullable(),
    variant: model.text().nullable(),
    product_id: model.text(),
    customer_id: model.text().nullable(),
    anonymous_id: model.text().nullable(),
    order_id: model.text().nullable(),
    quantity: model.number().default(1),
    // minor units of currency_code (orders)
    amount: model.number().default(0),
    currency_code: model.text().nullable(),
    occurred_at: model.dateTime(),
    touch_at: model.dateTime(),
  })
  .indexes([
    { on: ["conversion_key", "type"], unique: true },
    { on: ["occurred_at"] },
    { on: ["recommendation_id"] },
    { on: ["experiment_number", "variant"] },
  ])

export default FinesseRecConversion
