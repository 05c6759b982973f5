import { model } from "@medusajs/framework/utils"

/** One unmet quality rule of one product, ranked by the points the fix adds × the product's importance. */
const FinesseCatalogQualityTodo = model
  .define("finesse_catalog_quality_todo", {
    id: model.id({ prefix: "fcqt" }).primaryKey(),
    product_id: model.text(),
    title: model.text().nullable(),
    code: model.text(),
    label: model.text(),
    message: model.text(),
    fix: model.text(),
    gain: model.float(),
    priority: model.float(),
    rank: model.number(),
    run_id: model.text(),
  })
  .indexes([{ on: ["rank"] }, { on: ["code", "rank"] }, { on: ["product_id"] }])

export default FinesseCatalogQualityTodo
