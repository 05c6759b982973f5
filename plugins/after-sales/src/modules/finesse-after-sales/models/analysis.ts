import { model } from "@medusajs/framework/utils"

/** One complaint analysis (topics, trends, rates and what changed), written by the complaints job. */
const FinesseAfterSalesAnalysis = model
  .define("finesse_after_sales_analysis", {
    id: model.id({ prefix: "fasana" }).primaryKey(),
    kind: model.text().default("complaints"),
    window_from: model.dateTime(),
    window_to: model.dateTime(),
    case_count: model.number().default(0),
    result: model.json(),
  })
  .indexes([{ on: ["kind", "created_at"] }])

export default FinesseAfterSalesAnalysis
