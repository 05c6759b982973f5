import { model } from "@medusajs/framework/utils"

/** A competitor whose prices are watched; `fetcher` / `fetcher_config` say how its prices are fetched (if at all). */
const FinessePricingCompetitor = model
  .define("finesse_pricing_competitor", {
    id: model.id({ prefix: "fpcomp" }).primaryKey(),
    // short stable name used in CSV files and alerts ("shopa")
    code: model.text(),
    name: model.text(),
    website: model.text().nullable(),
    fetcher: model.text().nullable(),
    fetcher_config: model.json().nullable(),
    active: model.boolean().default(true),
    last_fetched_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["code"], unique: true }])

export default FinessePricingCompetitor
