import { defineProcessor } from "@finesse/core/job-runtime"
import { recomputePersonasForStore } from "../../engine/recompute"
import { segmentsJob } from "../segments/definition"
import { recomputeJob } from "./definition"

export default defineProcessor(recomputeJob, async (job) => {
  const result = await recomputePersonasForStore(job.container, {
    jobId: job.id,
    signal: job.signal,
    report: (percent, message) => job.progress(percent, message),
  })
  job.logger.info(
    result.version === null
      ? `nothing to recompute: ${result.skipped}`
      : `v${result.version}: ${result.customers} customers, ${result.orders} orders, k=${result.k} in ${JSON.stringify(result.seconds)}`
  )
  // segments read the new profiles; their job also syncs the customer groups
  if (result.version !== null) await segmentsJob.enqueue(job.container, { run: `after-recompute-v${result.version}` })
  return result
})
