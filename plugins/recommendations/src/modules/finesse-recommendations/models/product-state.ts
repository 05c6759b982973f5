import { model } from "@medusajs/framework/utils"

/** Last seen stock and price of a product per sales channel and currency: what back-in-stock and price-drop compare against. */
const FinesseRecProductState = model
  .define("finesse_rec_product_state", {
    id: model.id({ prefix: "frps" }).primaryKey(),
    product_id: model.text(),
    sales_channel_id: model.text(),
    currency_code: model.text(),
    in_stock: model.boolean(),
    // minor units
    price: model.number().nullable(),
    previous_price: model.number().nullable(),
    stock_changed_at: model.dateTime().nullable(),
    price_changed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["product_id", "sales_channel_id", "currency_code"], unique: true }])

export default FinesseRecProductState
