import { model } from "@medusajs/framework/utils"

/**
 * One trained set of models. Serving reads only a `ready` version flagged `serving` (exactly one at a time, by a
 * partial unique index), so a half-written training run is never served; the previous ready version stays for
 * rollback. `metrics` holds the time-holdout evaluation of this version.
 */
const FinesseRecModelVersion = model
  .define("finesse_rec_model_version", {
    id: model.id({ prefix: "frmv" }).primaryKey(),
    number: model.autoincrement(),
    status: model.enum(["building", "ready", "failed", "retired"]).default("building"),
    serving: model.boolean().default(false),
    // manual | schedule | backfill
    trigger: model.text().default("manual"),
    job_id: model.text().nullable(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    duration_ms: model.number().nullable(),
    // the training "now": nothing after it was used
    data_until: model.dateTime().nullable(),
    counts: model.json().nullable(),
    metrics: model.json().nullable(),
    params: model.json().nullable(),
    artefact_bytes: model.number().default(0),
    error: model.text().nullable(),
    activated_at: model.dateTime().nullable(),
    activated_by: model.text().nullable(),
  })
  .indexes([
    { on: ["number"], unique: true },
    { name: "IDX_finesse_rec_model_version_serving", on: ["serving"], unique: true, where: "serving = true AND deleted_at IS NULL" },
    { on: ["status", "created_at"] },
  ])

export default FinesseRecModelVersion
