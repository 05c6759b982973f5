import { model } from "@medusajs/framework/utils"

/** A customer in a segment since `entered_at`; kept by the segments job and the incremental update. */
const FinessePersonaSegmentMember = model
  .define("finesse_persona_segment_member", {
    id: model.id({ prefix: "fpsm" }).primaryKey(),
    segment_id: model.text(),
    customer_id: model.text(),
    entered_at: model.dateTime(),
    // the gating score when the segment has one
    score: model.float().nullable(),
  })
  .indexes([
    { on: ["segment_id", "customer_id"], unique: true },
    { on: ["customer_id"] },
  ])

export default FinessePersonaSegmentMember
