import { model } from "@medusajs/framework/utils"

/** The latest elasticity estimate of a product (scope product) or a category's pooled one (scope category). */
const FinessePricingElasticity = model
  .define("finesse_pricing_elasticity", {
    id: model.id({ prefix: "fpela" }).primaryKey(),
    scope: model.enum(["product", "category"]),
    scope_id: model.text(),
    category_id: model.text().nullable(),
    currency_code: model.text(),
    // product: its own model, or borrowed from the category (pooled)
    source: model.text(),
    elasticity: model.float().nullable(),
    ci_low: model.float().nullable(),
    ci_high: model.float().nullable(),
    se: model.float().nullable(),
    df: model.float().nullable(),
    evidence: model.enum(["good", "weak", "insufficient"]),
    observations: model.number().default(0),
    price_levels: model.number().default(0),
    controls: model.json().nullable(),
    reasons: model.json().nullable(),
    run_id: model.text().nullable(),
    computed_at: model.dateTime(),
  })
  .indexes([{ on: ["scope", "scope_id"], unique: true }])

export default FinessePricingElasticity
