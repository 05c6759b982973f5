import { model } from "@medusajs/framework/utils"

/** One sync of a segment into its customer group: when, by whom, who was added and removed. */
const FinessePersonaSegmentSync = model
  .define("finesse_persona_segment_sync", {
    id: model.id({ prefix: "fpsync" }).primaryKey(),
    segment_id: model.text(),
    customer_group_id: model.text(),
    // the admin user id, or "system" for the segments job
    triggered_by: model.text(),
    trigger: model.enum(["manual", "job"]).default("manual"),
    added_count: model.number().default(0),
    removed_count: model.number().default(0),
    // customer ids (the first 1,000 of each)
    added: model.json(),
    removed: model.json(),
    group_created: model.boolean().default(false),
    member_count: model.number().default(0),
    duration_ms: model.number().default(0),
  })
  .indexes([{ on: ["segment_id", "created_at"] }])

export default FinessePersonaSegmentSync
