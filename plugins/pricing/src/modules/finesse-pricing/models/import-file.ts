import { model } from "@medusajs/framework/utils"

/** An uploaded observations CSV, kept so whichever worker runs the import job can read it; the result has the per-line errors. */
const FinessePricingImport = model.define("finesse_pricing_import", {
  id: model.id({ prefix: "fpimp" }).primaryKey(),
  filename: model.text().nullable(),
  content: model.text(),
  size_bytes: model.number(),
  status: model.enum(["queued", "done", "failed"]).default("queued"),
  result: model.json().nullable(),
  created_by: model.text().nullable(),
})

export default FinessePricingImport
