import { defineProcessor } from "@finesse/core/job-runtime"
import { replayOrderHistory } from "../../engine/replay-history"
import { replayJob } from "./definition"

export default defineProcessor(replayJob, async (job) => {
  const until = new Date()
  const r = await replayOrderHistory(job.container, { since: new Date(until.getTime() - job.payload.days * 86_400_000), until, report: (p, m) => job.progress(p, m) })
  job.logger.info(`scored ${r.scored} of ${r.orders} past orders (${r.flagged} would have been held or refused) in ${r.seconds.toFixed(1)} s`)
  return r
})
