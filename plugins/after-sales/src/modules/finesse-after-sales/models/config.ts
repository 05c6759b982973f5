import { model } from "@medusajs/framework/utils"

/** Admin-edited configuration by key: return_policy, sla_policy, business_calendar, settings (see lib and engine/config.ts). */
const FinesseAfterSalesConfig = model
  .define("finesse_after_sales_config", {
    id: model.id({ prefix: "fascfg" }).primaryKey(),
    key: model.text(),
    value: model.json(),
    version: model.number().default(1),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["key"], unique: true }])

export default FinesseAfterSalesConfig
