import { model } from "@medusajs/framework/utils"

/**
 * A persona card: one cluster of the latest recompute. The id (persona-<n>) and name carry over between runs by
 * matching centres, so admins and segments can rely on them; cards of clusters that disappeared stay, inactive.
 */
const FinessePersonaCard = model
  .define("finesse_persona_card", {
    id: model.id().primaryKey(), // persona-<n>
    name: model.text(),
    archetype: model.text(),
    description: model.text(),
    cluster: model.number().nullable(),
    size: model.number().default(0),
    share: model.float().default(0),
    // mean recency, orders, spend, AOV, tenure, gap, items per order, discounted share (lib PersonaFigures)
    figures: model.json(),
    // mean expected 12-month value and buy-again probability of the members (minor units / 0..1)
    value: model.json().nullable(),
    centroid: model.json(),
    standout: model.json().nullable(),
    drift: model.float().nullable(),
    active: model.boolean().default(true),
    first_version: model.number(),
    model_version: model.number(),
  })
  .indexes([{ on: ["active"] }])

export default FinessePersonaCard
