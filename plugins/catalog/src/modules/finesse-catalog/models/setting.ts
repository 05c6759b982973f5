import { model } from "@medusajs/framework/utils"

/** One store-wide setting of the plugin by key (the replenishment policy, the demand watermark), JSON valued. */
const FinesseCatalogSetting = model
  .define("finesse_catalog_setting", {
    id: model.id({ prefix: "fcset" }).primaryKey(),
    key: model.text(),
    value: model.json().nullable(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["key"], unique: true, where: "deleted_at IS NULL" }])

export default FinesseCatalogSetting
