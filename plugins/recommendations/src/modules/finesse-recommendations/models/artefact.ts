import { model } from "@medusajs/framework/utils"

/** One serialised model of a version (association rules, EASE, …) as JSON; typed arrays inside are base64. */
const FinesseRecArtefact = model
  .define("finesse_rec_artefact", {
    id: model.id({ prefix: "frart" }).primaryKey(),
    version_id: model.text(),
    kind: model.text(),
    size_bytes: model.number().default(0),
    data: model.json(),
  })
  .indexes([{ on: ["version_id", "kind"], unique: true }])

export default FinesseRecArtefact
