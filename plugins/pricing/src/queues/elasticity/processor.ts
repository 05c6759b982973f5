import { defineProcessor } from "@finesse/core/job-runtime"
import { runElasticity } from "../../engine/elasticity-run"
import { elasticityJob } from "./definition"

export default defineProcessor(elasticityJob, async (job) =>
  runElasticity(job.container, { runId: job.id, now: new Date(), weeks: job.payload.weeks, report: (p, m) => job.progress(p, m), signal: job.signal })
)
