import { model } from "@medusajs/framework/utils"

/** A version of the store's rule settings (per-signal weights, arguments, enabled) and thresholds; the latest is live. */
const FinesseRiskRuleSet = model
  .define("finesse_risk_rule_set", {
    id: model.id({ prefix: "frrs" }).primaryKey(),
    version: model.number(),
    rules: model.json(),
    thresholds: model.json(),
    model_weight: model.float(),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["version"], unique: true, where: "deleted_at IS NULL" }])

export default FinesseRiskRuleSet
