import { model } from "@medusajs/framework/utils"

/**
 * One repricing run's proposals, approved, applied and possibly rolled back together.
 * proposed → (applying) → applied → (rolling_back) → rolled_back; discarded when nobody applies it.
 * Every transition keeps who did it and when.
 */
const FinessePricingBatch = model
  .define("finesse_pricing_batch", {
    id: model.id({ prefix: "fpbat" }).primaryKey(),
    number: model.autoincrement(),
    status: model.enum(["running", "proposed", "applying", "applied", "rolling_back", "rolled_back", "discarded", "failed"]).default("running"),
    trigger: model.text().default("manual"),
    job_id: model.text().nullable(),
    note: model.text().nullable(),
    // the evaluation time of the run (proposals are deterministic in it)
    run_at: model.dateTime(),
    // { total, byStatus, byStrategy, blockedBy, skippedReasons, variants, seconds }
    summary: model.json().nullable(),
    // largest |step| among the proposals that would be applied now (approved + auto-approved), percent
    max_step_pct: model.float().default(0),
    created_by: model.text().nullable(),
    applied_by: model.text().nullable(),
    applied_at: model.dateTime().nullable(),
    applied_count: model.number().default(0),
    rolled_back_by: model.text().nullable(),
    rolled_back_at: model.dateTime().nullable(),
    discarded_by: model.text().nullable(),
    error: model.text().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["created_at"] }])

export default FinessePricingBatch
