import { model } from "@medusajs/framework/utils"

/** One run of a `core.probe` job: which worker ran which attempt, so operators (and tests) see workers at work. */
const FinesseJobProbeRun = model
  .define("finesse_job_probe_run", {
    id: model.id({ prefix: "fjpr" }).primaryKey(),
    job_id: model.text(),
    attempt: model.number(),
    worker: model.text(),
    label: model.text().nullable(),
  })
  .indexes([{ on: ["job_id"] }])

export default FinesseJobProbeRun
