import { defineProcessor } from "@finesse/core/job-runtime"
import { importObservationsCsv } from "../../engine/csv-import"
import { alertsJob } from "../alerts/definition"
import { observationsImportJob } from "./definition"

export default defineProcessor(observationsImportJob, async (job) => {
  const result = await importObservationsCsv(job.container, job.payload.import_id, new Date(), (p, m) => job.progress(Math.min(95, p), m))
  if (result.imported) await alertsJob.enqueue(job.container, { run: `import-${job.payload.import_id}` })
  return result
})
