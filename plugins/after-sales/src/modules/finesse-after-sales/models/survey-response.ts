import { model } from "@medusajs/framework/utils"

/** A survey answer with what the results group by (agent, reason, products, categories); `comment` is encrypted. */
const FinesseAfterSalesSurveyResponse = model
  .define("finesse_after_sales_survey_response", {
    id: model.id({ prefix: "fasres" }).primaryKey(),
    survey_id: model.text(),
    case_id: model.text(),
    customer_id: model.text().nullable(),
    scale: model.enum(["csat", "nps"]),
    score: model.number(),
    comment: model.text().nullable(),
    agent_id: model.text().nullable(),
    reason: model.text().nullable(),
    product_ids: model.json().nullable(),
    category_ids: model.json().nullable(),
    answered_at: model.dateTime(),
    follow_up: model.enum(["none", "reopen", "follow_up_case"]).default("none"),
    follow_up_case_id: model.text().nullable(),
  })
  .indexes([{ on: ["survey_id"], unique: true }, { on: ["answered_at"] }, { on: ["case_id"] }])

export default FinesseAfterSalesSurveyResponse
