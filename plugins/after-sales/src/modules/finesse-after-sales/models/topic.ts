import { model } from "@medusajs/framework/utils"

/** A complaint topic of an analysis: its words, size and the cases that show it best. */
const FinesseAfterSalesTopic = model
  .define("finesse_after_sales_topic", {
    id: model.id({ prefix: "fastop" }).primaryKey(),
    analysis_id: model.text(),
    index: model.number(),
    name: model.text().nullable(),
    label: model.text(),
    terms: model.json(),
    size: model.number(),
    share: model.float(),
    exemplar_case_ids: model.json(),
  })
  .indexes([{ on: ["analysis_id", "index"], unique: true }])

export default FinesseAfterSalesTopic
