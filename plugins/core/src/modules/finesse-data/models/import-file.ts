import { model } from "@medusajs/framework/utils"

/**
 * An uploaded file waiting for (or kept after) its import job. Kept in Postgres so whichever worker runs the job
 * can read it; job payloads carry only its id.
 */
const FinesseImportFile = model.define("finesse_import_file", {
  id: model.id({ prefix: "fimp" }).primaryKey(),
  kind: model.text(), // costs
  filename: model.text().nullable(),
  content: model.text(),
  size_bytes: model.number(),
  created_by: model.text().nullable(),
})

export default FinesseImportFile
