import { model } from "@medusajs/framework/utils"

/** A merchandising rule applied at serving time (see lib/serving/merchandising.ts). */
const FinesseRecRule = model
  .define("finesse_rec_rule", {
    id: model.id({ prefix: "frrule" }).primaryKey(),
    name: model.text(),
    action: model.enum(["pin", "boost", "bury", "block"]),
    target_type: model.enum(["product", "category", "collection", "tag"]),
    target_id: model.text(),
    // API placement name; null = every placement
    placement: model.text().nullable(),
    // score multiplier for boost (> 1) and bury (< 1)
    weight: model.float().nullable(),
    // 1-based position of a pin
    position: model.number().nullable(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    enabled: model.boolean().default(true),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["placement"] }, { on: ["target_type", "target_id"] }])

export default FinesseRecRule
