import { model } from "@medusajs/framework/utils"

/**
 * A questionnaire. At most one is `active` for the storefront at a time; the optional incentive is a promotion
 * code created for each customer who completes it.
 */
const FinessePersonaSurvey = model
  .define("finesse_persona_survey", {
    id: model.id({ prefix: "fpsv" }).primaryKey(),
    // names the answers in traits and rules: survey.<key>.<question key>
    key: model.text(),
    title: model.text(),
    description: model.text().nullable(),
    status: model.enum(["draft", "active", "closed"]).default("draft"),
    // { type: "percentage" | "fixed", value, currency_code? } or null
    incentive: model.json().nullable(),
    response_count: model.number().default(0),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["key"], unique: true }, { on: ["status"] }])

export default FinessePersonaSurvey
