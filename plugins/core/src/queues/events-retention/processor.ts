import { defineProcessor } from "../../job-runtime"
import { FINESSE_DATA_MODULE } from "../../modules/finesse-data"
import type FinesseDataModuleService from "../../modules/finesse-data/service"
import { eventsRetentionJob } from "./definition"

export default defineProcessor(eventsRetentionJob, async (job) => {
  const data = job.container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
  const days = job.payload.retention_days ?? data.eventRetentionDays()
  if (!days) return { deleted: 0, skipped: "retention is off" }
  const cutoff = new Date(Date.now() - days * 86_400_000)
  // summarise first: every dirty day is rolled up before its raw events may go
  while ((await data.refreshDirtyRollups(100)).traffic) {
    await job.progress(5, "rolling up days before deleting their events")
  }
  let deleted = 0
  for (;;) {
    const n = await data.deleteEventsBefore(cutoff, 10_000)
    deleted += n
    await job.progress(Math.min(99, 10 + deleted / 10_000), `${deleted} events older than ${cutoff.toISOString().slice(0, 10)} deleted`)
    if (n < 10_000) break
  }
  return { deleted, cutoff: cutoff.toISOString() }
})
