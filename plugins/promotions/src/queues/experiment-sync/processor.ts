import { defineProcessor } from "@finesse/core/job-runtime"
import { promotionsOf } from "../../engine/helpers"
import { syncExperimentGroupsWorkflow } from "../../workflows/experiments/sync-experiment-groups"
import { experimentSyncJob } from "./definition"

export default defineProcessor(experimentSyncJob, async (job) => {
  const service = promotionsOf(job.container)
  const ids = job.payload.experiment_id ? [job.payload.experiment_id] : (await service.listFinessePromotionExperiments({ status: "running" }, { take: 200 })).map((e) => e.id)
  if (!ids.length) return { experiments: 0, added: 0, removed: 0 }
  const results = []
  for (const [i, id] of ids.entries()) {
    const { result } = await syncExperimentGroupsWorkflow(job.container).run({ input: { experiment_id: id, actor_type: "system", actor_id: null } })
    results.push(result)
    await job.progress(Math.round(((i + 1) / ids.length) * 100), `${i + 1} of ${ids.length} experiments synced`)
  }
  return { experiments: ids.length, added: results.reduce((s, r) => s + r.changes.reduce((a, c) => a + c.added, 0), 0), removed: results.reduce((s, r) => s + r.changes.reduce((a, c) => a + c.removed, 0), 0) }
})
