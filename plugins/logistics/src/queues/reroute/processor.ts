import { defineProcessor } from "@finesse/core/job-runtime"
import { rerouteLocation } from "../../engine/reroute"
import { rerouteJob } from "./definition"

export default defineProcessor(rerouteJob, async (job) => {
  const r = await rerouteLocation(job.container, { ...job.payload, report: (pct, msg) => job.progress(pct, msg) })
  job.logger.info(`location ${r.location_id}: ${r.rerouted.length} of ${r.examined} orders re-routed, ${r.still_short} units still short`)
  return r
})
