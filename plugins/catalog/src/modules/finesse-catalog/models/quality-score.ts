import { model } from "@medusajs/framework/utils"

/** The latest quality score of one product: 0–100 and every rule's outcome (code, score, message, fix). */
const FinesseCatalogQualityScore = model
  .define("finesse_catalog_quality_score", {
    id: model.id({ prefix: "fcqs" }).primaryKey(),
    product_id: model.text(),
    title: model.text().nullable(),
    status: model.text().nullable(),
    thumbnail: model.text().nullable(),
    score: model.float(),
    failed_rules: model.number().default(0),
    // the product's share of revenue over the last 90 days: what ranks its fixes
    importance: model.float().default(0),
    results: model.json(),
    run_id: model.text(),
    computed_at: model.dateTime(),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["score"] }])

export default FinesseCatalogQualityScore
