import { model } from "@medusajs/framework/utils"

/** A finished step of a plugin's demo seed: the next run skips it, so a killed seed resumes where it stopped. */
const FinesseSeedStep = model
  .define("finesse_seed_step", {
    id: model.id({ prefix: "fseed" }).primaryKey(),
    plugin: model.text(),
    step: model.text(),
    summary: model.text().nullable(),
  })
  .indexes([{ on: ["plugin", "step"], unique: true }])

export default FinesseSeedStep
