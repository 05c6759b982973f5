import { model } from "@medusajs/framework/utils"

/**
 * A segment: a rule over profile fields, traits and survey answers (lib RuleNode), optionally gated by a score
 * with enter/exit thresholds, optionally mirrored into a Medusa customer group.
 */
const FinessePersonaSegment = model
  .define("finesse_persona_segment", {
    id: model.id({ prefix: "fpseg" }).primaryKey(),
    name: model.text(),
    description: model.text().nullable(),
    rules: model.json(),
    // { field, enter, exit } or null
    score: model.json().nullable(),
    sync_enabled: model.boolean().default(false),
    // sync after every membership refresh (otherwise only on "sync now")
    auto_sync: model.boolean().default(true),
    customer_group_id: model.text().nullable(),
    customer_group_name: model.text().nullable(),
    member_count: model.number().default(0),
    evaluated_at: model.dateTime().nullable(),
    synced_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["name"] }])

export default FinessePersonaSegment
