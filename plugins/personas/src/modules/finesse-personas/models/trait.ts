import { model } from "@medusajs/framework/utils"

/** A computed trait an admin defined (lib TraitDefinition), evaluated for every customer by the recompute. */
const FinessePersonaTrait = model
  .define("finesse_persona_trait", {
    id: model.id({ prefix: "fptr" }).primaryKey(),
    key: model.text(),
    name: model.text(),
    description: model.text().nullable(),
    definition: model.json(),
    value_type: model.enum(["number", "string", "boolean"]).default("number"),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["key"], unique: true }])

export default FinessePersonaTrait
