import { model } from "@medusajs/framework/utils"

/** An A/B test of two ranking strategies on one placement; visitors are split by a hash of their id. */
const FinesseRecExperiment = model
  .define("finesse_rec_experiment", {
    id: model.id({ prefix: "frexp" }).primaryKey(),
    number: model.autoincrement(),
    name: model.text(),
    placement: model.text(),
    strategy_a: model.text(),
    strategy_b: model.text(),
    // percent of visitors in arm B (0–100)
    traffic_b: model.number().default(50),
    status: model.enum(["draft", "running", "stopped"]).default("draft"),
    confidence: model.float().default(0.95),
    started_at: model.dateTime().nullable(),
    stopped_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([
    { on: ["number"], unique: true },
    // one running experiment per placement
    { name: "IDX_finesse_rec_experiment_running", on: ["placement"], unique: true, where: "status = 'running' AND deleted_at IS NULL" },
  ])

export default FinesseRecExperiment
