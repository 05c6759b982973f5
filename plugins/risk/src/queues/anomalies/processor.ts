import { defineProcessor } from "@finesse/core/job-runtime"
import { runAnomalyDetection } from "../../engine/anomalies"
import { anomaliesJob } from "./definition"

export default defineProcessor(anomaliesJob, async (job) => {
  const r = await runAnomalyDetection(job.container, { scoreDays: job.payload.days, report: (p, m) => job.progress(p, m) })
  job.logger.info(`scored ${r.scored.from}..${r.scored.to}: ${r.incidents} incidents, ${r.opened} new, ${r.alerts} alerts`)
  return r
})
