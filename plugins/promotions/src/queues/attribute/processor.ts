import { defineProcessor } from "@finesse/core/job-runtime"
import { DAY_MS } from "../../engine/helpers"
import { attributeAndStore } from "../../engine/attribute"
import { attributeJob } from "./definition"

export default defineProcessor(attributeJob, async (job) => {
  const now = Date.now()
  const until = new Date(Math.floor(now / DAY_MS) * DAY_MS)
  const since = new Date(until.getTime() - job.payload.days * DAY_MS)
  const r = await attributeAndStore(job.container, {
    since,
    until,
    lookbackDays: job.payload.lookback_days,
    models: job.payload.models,
    currency_code: job.payload.currency_code,
    jobId: job.id,
    onProgress: (pct, msg) => job.progress(pct, msg),
  })
  await job.progress(100, `${r.orders} orders attributed from ${r.touches} touches`)
  return { orders: r.orders, touches: r.touches, runs: r.runs.map((x: any) => x.id) }
})
