import { model } from "@medusajs/framework/utils"

/**
 * A recommendation impression or click, copied from core's behaviour events with what its recommendation id says
 * (placement, strategy, experiment arm, model version). The feedback job writes it; reports read it.
 */
const FinesseRecTouch = model
  .define("finesse_rec_touch", {
    id: model.id({ prefix: "frtch" }).primaryKey(),
    // core event id (or push click id): one touch per event
    source_key: model.text(),
    type: model.enum(["impression", "click"]),
    recommendation_id: model.text(),
    placement: model.text(),
    strategy: model.text(),
    model_version: model.number(),
    experiment_number: model.number().nullable(),
    variant: model.text().nullable(),
    customer_id: model.text().nullable(),
    anonymous_id: model.text().nullable(),
    // the clicked product, or null for an impression
    product_id: model.text().nullable(),
    product_ids: model.json().nullable(),
    occurred_at: model.dateTime(),
  })
  .indexes([
    { on: ["source_key"], unique: true },
    { on: ["occurred_at"] },
    { on: ["recommendation_id"] },
    { on: ["customer_id", "occurred_at"] },
    { on: ["anonymous_id", "occurred_at"] },
    { on: ["experiment_number", "variant"] },
  ])

export default FinesseRecTouch
