import { z } from "@medusajs/framework/zod"
import { defineJob } from "../../job-runtime"

/** Imports unit costs from an uploaded CSV; bad rows are reported by line number and the good ones imported. */
export const costsImportJob = defineJob({
  kind: "core.costs-import",
  queue: "finesse-core-imports",
  description: "Imports variant unit costs from a CSV (sku or variant_id, currency_code, cost)",
  payload: z.object({ import_id: z.string().min(1), updated_by: z.string().nullable().default(null) }).strict(),
  jobId: (p) => `core.costs-import-${p.import_id}`,
  attempts: 3,
  backoffMs: 2000,
  concurrency: 1,
})
