import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { experimentReportOf } from "../../../../../../engine/evaluate"
import { loadPromotions } from "../../../../../../reads/medusa"
import { serviceOf } from "../../helpers"

/**
 * GET /admin/finesse/promotions/experiments/:id — the experiment, its arms (customer group, promotion, members), the
 * statistics now (Welch, CUPED, two-proportion, Bayesian probability, mSPRT stop rule, Holm) and the latest
 * evaluation of each arm's promotion.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = serviceOf(req)
  const [experiment] = await service.listFinessePromotionExperiments({ id: req.params.id })
  if (!experiment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `experiment ${req.params.id} was not found`)
  const arms = await service.listFinessePromotionExperimentArms({ experiment_id: experiment.id })
  const promotionIds = arms.map((a) => a.promotion_id).filter((id): id is string => !!id)
  const promotions = promotionIds.length ? await loadPromotions(req.scope, { id: promotionIds }) : []
  const evaluations = promotionIds.length ? await service.listFinessePromotionEvaluations({ promotion_id: promotionIds }, { order: { as_of: "DESC" }, take: 50 }) : []
  const latest = promotionIds.map((id) => evaluations.find((e) => e.promotion_id === id)).filter(Boolean)
  const report = await experimentReportOf(req.scope, experiment.id, Date.now())
  res.json({
    experiment: {
      ...experiment,
      arms: arms.map((a) => ({ ...a, promotion_code: promotions.find((p) => p.id === a.promotion_id)?.code ?? null })),
    },
    report,
    evaluations: latest,
  })
}
