import { defineProcessor } from "@finesse/core/job-runtime"
import { runSlaSweep } from "../../engine/sla-sweep"
import { slaJob } from "./definition"

export default defineProcessor(slaJob, async (job) => {
  const r = await runSlaSweep(job.container, Date.now(), (pct, msg) => job.progress(pct, msg))
  await job.progress(100, `${r.checked} cases checked, ${r.warnings} warnings and ${r.breaches} breaches sent`)
  return r
})
