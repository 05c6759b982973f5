import { model } from "@medusajs/framework/utils"

const FinessePersonaSurveyQuestion = model
  .define("finesse_persona_survey_question", {
    id: model.id({ prefix: "fpsq" }).primaryKey(),
    survey_id: model.text(),
    key: model.text(),
    type: model.enum(["single_choice", "multiple_choice", "scale", "free_text"]),
    prompt: model.text(),
    options: model.json().nullable(),
    min: model.number().nullable(),
    max: model.number().nullable(),
    required: model.boolean().default(false),
    position: model.number().default(0),
  })
  .indexes([{ on: ["survey_id", "key"], unique: true }])

export default FinessePersonaSurveyQuestion
