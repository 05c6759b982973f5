import { defineProcessor } from "@finesse/core/job-runtime"
import { runCompetitorFetch } from "../../engine/fetch-run"
import { alertsJob } from "../alerts/definition"
import { competitorFetchJob } from "./definition"

export default defineProcessor(competitorFetchJob, async (job) => {
  const result = await runCompetitorFetch(job.container, { competitorId: job.payload.competitor_id ?? null, now: new Date(), report: (p, m) => job.progress(Math.min(95, p), m), signal: job.signal })
  if (result.observations) await alertsJob.enqueue(job.container, { run: `fetch-${job.id}` })
  return result
})
