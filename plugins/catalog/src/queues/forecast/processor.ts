import { defineProcessor } from "@finesse/core/job-runtime"
import { runForecast } from "../../engine/forecast-run"
import { replenishmentJob } from "../replenishment/definition"
import { forecastJob } from "./definition"

export default defineProcessor(forecastJob, async (job) => {
  const p = job.payload
  const summary = await runForecast(job.container, {
    granularity: p.granularity,
    horizon: p.horizon,
    now: Date.now(),
    jobId: job.id,
    recalibrate: p.recalibrate,
    rebuildDemand: p.rebuild_demand,
    workers: p.workers,
    progress: (pct, msg) => job.progress(pct, msg),
    signal: job.signal,
  })
  let replenishment: string | null = null
  if (p.granularity === "week" && p.replenish) {
    const next = await replenishmentJob.enqueue(job.container, { run: summary.run_id, trigger: "forecast" })
    replenishment = next.id
  }
  let daily: string | null = null
  if (p.granularity === "week" && p.then_daily) {
    const next = await forecastJob.enqueue(job.container, { granularity: "day", run: `${summary.run_id}-day`, replenish: false })
    daily = next.id
  }
  return { ...summary, replenishment_job_id: replenishment, daily_job_id: daily }
})
