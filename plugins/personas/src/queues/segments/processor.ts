import { defineProcessor } from "@finesse/core/job-runtime"
import { planSegmentSync } from "../../engine/group-sync"
import { refreshSegments } from "../../engine/segments"
import { syncSegmentToGroupWorkflow } from "../../workflows/segments/sync-segment-to-group"
import { segmentsJob } from "./definition"

export default defineProcessor(segmentsJob, async (job) => {
  await job.progress(5, "evaluating segments")
  const refreshed = await refreshSegments(job.container, { segmentIds: job.payload.segment_ids })
  const synced: { segment_id: string; added: number; removed: number }[] = []
  if (job.payload.sync) {
    const candidates = refreshed.filter((r) => r.auto_sync)
    for (const [i, r] of candidates.entries()) {
      await job.progress(50 + (45 * i) / candidates.length, `syncing segment ${r.segment_id}`)
      // a sync that would change nothing is not recorded (the hourly run would flood the history)
      const plan = await planSegmentSync(job.container, r.segment_id)
      if (plan.group_id && !plan.add.length && !plan.remove.length) continue
      const { result } = await syncSegmentToGroupWorkflow(job.container).run({
        input: { segment_id: r.segment_id, triggered_by: "system", trigger: "job" },
      })
      synced.push({ segment_id: r.segment_id, added: result.added_count, removed: result.removed_count })
    }
  }
  return { segments: refreshed, synced }
})
