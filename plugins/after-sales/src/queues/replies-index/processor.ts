import { defineProcessor } from "@finesse/core/job-runtime"
import { updateReplyIndex } from "../../engine/reply-index"
import { repliesIndexJob } from "./definition"

export default defineProcessor(repliesIndexJob, async (job) => {
  const r = await updateReplyIndex(job.container, { rebuild: job.payload.rebuild, progress: (pct, msg) => job.progress(pct, msg) })
  await job.progress(100, `index version ${r.version}: ${r.documents} cases (${r.added} added)`)
  return r
})
