import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/** Imports an uploaded CSV of competitor prices; the result lists each bad line with its field. */
export const observationsImportJob = defineJob({
  kind: "pricing.observations-import",
  queue: "finesse-pricing-import",
  description: "Imports competitor price observations from an uploaded CSV (per-line errors in the result)",
  payload: z.object({ import_id: z.string().min(1).max(100) }).strict(),
  jobId: (p) => `pricing.observations-import-${p.import_id}`,
  attempts: 3,
  backoffMs: 5000,
  concurrency: 1,
})
