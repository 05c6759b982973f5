import { model } from "@medusajs/framework/utils"

/** Store-wide pricing settings by key ("settings": guardrails, approval, alerts; "price_list_id": the Finesse list). */
const FinessePricingSetting = model
  .define("finesse_pricing_setting", {
    id: model.id({ prefix: "fpset" }).primaryKey(),
    key: model.text(),
    value: model.json(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["key"], unique: true }])

export default FinessePricingSetting
