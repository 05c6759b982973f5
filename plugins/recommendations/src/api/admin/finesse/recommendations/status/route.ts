import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../modules/finesse-recommendations/service"
import { getEngine } from "../../../../../serving/engine"

type Jobs = { listFinesseJobs(filter: Record<string, unknown>, config: Record<string, unknown>): Promise<any[]> }

/** GET /admin/finesse/recommendations/status — the serving version, the latest training job, cache figures. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const jobs = req.scope.resolve("finesse_jobs") as Jobs
  const serving = await recs.servingVersion()
  const [version] = serving ? await recs.listFinesseRecModelVersions({ id: serving.id }) : []
  // what "roll back" would serve: the newest ready version older than the serving one
  const [previous] = version
    ? await recs.listFinesseRecModelVersions({ status: "ready", number: { $lt: version.number } } as any, { order: { number: "DESC" }, take: 1 })
    : []
  const [training] = await jobs.listFinesseJobs({ kind: "recommendations.train" }, { order: { created_at: "DESC" }, take: 1 })
  const engine = getEngine()
  res.json({
    status: {
      serving: version ?? null,
      rollback_to: previous ? { id: previous.id, number: previous.number } : null,
      training: training
        ? { id: training.id, state: training.state, progress: training.progress, message: training.message, error: training.error, queued_at: training.queued_at, finished_at: training.finished_at }
        : null,
      engine: engine.status(),
      settings: await recs.getSettings(),
    },
  })
}
