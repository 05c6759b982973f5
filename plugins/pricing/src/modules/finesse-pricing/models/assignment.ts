import { model } from "@medusajs/framework/utils"

/**
 * A pricing strategy assigned to a product, category, collection or the whole store, optionally for one currency
 * and/or region (lib/strategies/assignment.ts resolves which one a variant follows). `args` are the strategy's own
 * arguments, validated against its zod schema before they are stored.
 */
const FinessePricingAssignment = model
  .define("finesse_pricing_assignment", {
    id: model.id({ prefix: "fpasg" }).primaryKey(),
    strategy: model.text(),
    args: model.json(),
    scope: model.enum(["product", "category", "collection", "store"]),
    scope_id: model.text().nullable(),
    currency_code: model.text().nullable(),
    region_id: model.text().nullable(),
    // price ending after this strategy; null = the store's default ending
    ending: model.text().nullable(),
    enabled: model.boolean().default(true),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["scope", "scope_id"] }])

export default FinessePricingAssignment
