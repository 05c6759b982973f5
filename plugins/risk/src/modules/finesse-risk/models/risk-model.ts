import { model } from "@medusajs/framework/utils"

/** A training run of the store's own model: trained (weights, calibration, metrics) or short of labels. */
const FinesseRiskModel = model
  .define("finesse_risk_model", {
    id: model.id({ prefix: "frmod" }).primaryKey(),
    version: model.text(),
    status: model.enum(["trained", "insufficient_labels"]),
    trained_at: model.dateTime(),
    // lib RiskModel as JSON
    model: model.json(),
    labels: model.number().default(0),
    positives: model.number().default(0),
    active: model.boolean().default(false),
  })
  .indexes([{ on: ["version"], unique: true, where: "deleted_at IS NULL" }, { on: ["trained_at"] }])

export default FinesseRiskModel
