import { model } from "@medusajs/framework/utils"
import { JOB_STATES } from "../../../job-runtime/types"

/** One background job: what ran, where it is, how it ended. The admin Jobs page reads this table. */
const FinesseJob = model
  .define("finesse_job", {
    // deterministic: `<kind>-<entity>-<version>`, also the BullMQ job id
    id: model.id().primaryKey(),
    kind: model.text(),
    queue: model.text(),
    state: model.enum([...JOB_STATES]).default("queued"),
    progress: model.number().default(0),
    message: model.text().nullable(),
    attempts: model.number().default(0),
    max_attempts: model.number().default(3),
    payload: model.json(),
    result: model.json().nullable(),
    // where a resumable job got to; a retry after a crash continues from here
    checkpoint: model.json().nullable(),
    error: model.text().nullable(),
    worker: model.text().nullable(),
    cancel_requested: model.boolean().default(false),
    queued_at: model.dateTime(),
    started_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["state", "updated_at"] },
    { on: ["kind", "created_at"] },
    { on: ["created_at"] },
  ])

export default FinesseJob
