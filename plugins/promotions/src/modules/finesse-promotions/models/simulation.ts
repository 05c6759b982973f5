import { model } from "@medusajs/framework/utils"

/** A pre-launch replay of past orders and carts through Medusa's promotion computation with the candidate. */
const FinessePromotionSimulation = model
  .define("finesse_promotion_simulation", {
    id: model.id({ prefix: "fpsim" }).primaryKey(),
    promotion_id: model.text(),
    days: model.number(),
    currency_code: model.text(),
    since: model.dateTime(),
    until: model.dateTime(),
    // summarizeReplay of the orders, and of the open carts
    orders: model.json(),
    carts: model.json().nullable(),
    job_id: model.text().nullable(),
    computed_at: model.dateTime(),
  })
  .indexes([{ on: ["promotion_id", "computed_at"] }])

export default FinessePromotionSimulation
