import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../modules/finesse-recommendations/service"
import type { HoldoutReport } from "../../../lib/training/holdout-evaluation"

export type FinishVersionInput = {
  version_id: string
  duration_ms: number
  artefact_bytes: number
  counts: Record<string, number>
  metrics: HoldoutReport
  params: Record<string, unknown>
}

/**
 * Records a trained version's figures and evaluation history and marks it ready (it is not serving yet).
 * Compensation puts it back to building and removes its evaluation rows.
 */
export const finishVersionStep = createStep(
  "recommendations-finish-version",
  async (input: FinishVersionInput, { container }) => {
    const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
    const v = await recs.retrieveFinesseRecModelVersion(input.version_id)
    await recs.updateFinesseRecModelVersions({
      id: v.id,
      status: "ready",
      finished_at: new Date(),
      duration_ms: input.duration_ms,
      artefact_bytes: input.artefact_bytes,
      counts: input.counts,
      metrics: input.metrics as unknown as Record<string, unknown>,
      params: input.params,
    })
    const old = await recs.listFinesseRecEvaluations({ version_id: v.id })
    if (old.length) await recs.deleteFinesseRecEvaluations(old.map((e) => e.id))
    const rows = input.metrics.skipped
      ? []
      : Object.entries(input.metrics.models).flatMap(([model, byProtocol]) =>
          Object.entries(byProtocol).map(([protocol, m]) => ({
            version_id: v.id,
            version_number: v.number,
            model,
            protocol,
            k: m.k,
            users: m.users,
            hr: m.hr,
            recall: m.recall,
            ndcg: m.ndcg,
            cut_at: new Date(input.metrics.cut),
          }))
        )
    const created = rows.length ? await recs.createFinesseRecEvaluations(rows) : []
    return new StepResponse({ number: v.number }, { id: v.id, evaluations: created.map((e) => e.id) })
  },
  async (data, { container }) => {
    if (!data) return
    const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
    if (data.evaluations.length) await recs.deleteFinesseRecEvaluations(data.evaluations)
    await recs.updateFinesseRecModelVersions({ id: data.id, status: "building" })
  }
)
