import { model } from "@medusajs/framework/utils"

/** A store's setting of one catalogue quality rule (lib/quality QUALITY_RULES): on or off, weight, arguments. */
const FinesseCatalogQualityRule = model
  .define("finesse_catalog_quality_rule", {
    id: model.id({ prefix: "fcqr" }).primaryKey(),
    code: model.text(),
    enabled: model.boolean().default(true),
    weight: model.float().nullable(),
    args: model.json().nullable(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])

export default FinesseCatalogQualityRule
