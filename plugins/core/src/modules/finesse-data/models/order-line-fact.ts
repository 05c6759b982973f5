import { model } from "@medusajs/framework/utils"

/** One row per order line (money in minor units), with the product's category and the variant's cost. */
const FinesseOrderLineFact = model
  .define("finesse_order_line_fact", {
    id: model.id().primaryKey(), // the Medusa order line item id
    order_id: model.text(),
    placed_at: model.dateTime(),
    status: model.text(),
    customer_id: model.text().nullable(),
    sales_channel_id: model.text().nullable(),
    region_id: model.text().nullable(),
    currency_code: model.text(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    category_id: model.text().nullable(),
    title: model.text().nullable(),
    quantity: model.number(),
    unit_price: model.number(),
    subtotal: model.number(),
    discount_total: model.number().default(0),
    total: model.number(),
    unit_cost: model.number().nullable(),
    cost_total: model.number().default(0),
    margin: model.number().default(0),
    returned_quantity: model.number().default(0),
    refund_amount: model.number().default(0),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["placed_at"] },
    { on: ["product_id", "placed_at"] },
    { on: ["category_id", "placed_at"] },
    { on: ["customer_id", "placed_at"] },
  ])

export default FinesseOrderLineFact
