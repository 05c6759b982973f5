import { model } from "@medusajs/framework/utils"

/** A customer's answers to a survey: one per customer and survey (the unique index makes a second answer fail). */
const FinessePersonaSurveyResponse = model
  .define("finesse_persona_survey_response", {
    id: model.id({ prefix: "fpsr" }).primaryKey(),
    survey_id: model.text(),
    customer_id: model.text(),
    answers: model.json(),
    promotion_id: model.text().nullable(),
    promotion_code: model.text().nullable(),
  })
  .indexes([
    { on: ["survey_id", "customer_id"], unique: true },
    { on: ["customer_id"] },
  ])

export default FinessePersonaSurveyResponse
