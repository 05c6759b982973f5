import { defineProcessor } from "@finesse/core/job-runtime"
import { trainStoreModel } from "../../engine/train-model"
import { trainJob } from "./definition"

export default defineProcessor(trainJob, async (job) => {
  const r = await trainStoreModel(job.container, { report: (p, m) => job.progress(p, m) })
  job.logger.info(`${r.version}: ${r.status} (${r.positives} fraud of ${r.labels} labels) ${r.message}`)
  return r
})
