import { model } from "@medusajs/framework/utils"

/**
 * The fitted models of one recompute (RFM breakpoints, spend levels, buy-again and value models, cluster
 * centres): the incremental update scores customers with the latest one, the next recompute matches its cards.
 */
const FinessePersonaModel = model
  .define("finesse_persona_model", {
    id: model.id({ prefix: "fpmod" }).primaryKey(),
    version: model.number(),
    as_of: model.dateTime(),
    // the currency most facts are in: how the admin formats money (minor units of different currencies are summed)
    currency_code: model.text().nullable(),
    customers: model.number().default(0),
    orders: model.number().default(0),
    k: model.number(),
    method: model.text(),
    silhouette: model.float().nullable(),
    // lib PersonaModels
    models: model.json(),
    // lib StoredCard[] of this run, for the next run's matching
    cards: model.json(),
    // durations per stage, silhouette by k, prediction method counts
    stats: model.json().nullable(),
    job_id: model.text().nullable(),
  })
  .indexes([{ on: ["version"], unique: true }])

export default FinessePersonaModel
