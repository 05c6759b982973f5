import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { planOf, requirePromotion } from "../../../../../../engine/helpers"
import { updatePromotionPlanWorkflow } from "../../../../../../workflows/planning/update-promotion-plan"
import { promotionJson, serviceOf } from "../../helpers"
import type { AdminUpdatePlanBodyType } from "../../validators"

/**
 * GET /admin/finesse/promotions/plans/:id (a Medusa promotion id) — the promotion, its plan (null for one Finesse
 * never touched), its latest checks, simulation and evaluation, and its experiment.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id
  const promotion = await requirePromotion(req.scope, id)
  const service = serviceOf(req)
  const plan = await planOf(req.scope, id)
  const [lastCheck] = await service.listFinessePromotionCheckResults({ promotion_id: id }, { take: 1, order: { run_at: "DESC" } })
  const checks = lastCheck ? await service.listFinessePromotionCheckResults({ promotion_id: id, run_id: lastCheck.run_id }, { order: { code: "ASC" } }) : []
  const [simulation] = await service.listFinessePromotionSimulations({ promotion_id: id }, { take: 1, order: { computed_at: "DESC" } })
  const [evaluation] = await service.listFinessePromotionEvaluations({ promotion_id: id }, { take: 1, order: { as_of: "DESC" } })
  const experimentId = plan?.experiment_id ?? null
  const experiment = experimentId ? (await service.listFinessePromotionExperiments({ id: experimentId }))[0] ?? null : null
  const arms = experiment ? await service.listFinessePromotionExperimentArms({ experiment_id: experiment.id }) : []
  res.json({
    promotion: promotionJson(promotion),
    plan,
    checks: lastCheck ? { run_id: lastCheck.run_id, run_at: lastCheck.run_at, results: checks } : null,
    simulation: simulation ?? null,
    evaluation: evaluation ?? null,
    experiment: experiment ? { ...experiment, arms } : null,
  })
}

/** POST /admin/finesse/promotions/plans/:id — changes the plan (name, expected uplift, dates and budget on Medusa's campaign). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdatePlanBodyType>, res: MedusaResponse) {
  const { result } = await updatePromotionPlanWorkflow(req.scope).run({ input: { promotion_id: req.params.id, ...req.validatedBody } })
  describeAudit(req, {
    action: "promotions.plan.updated",
    summary: result.changes.length
      ? `${result.plan.code}: ${result.changes.map((c: any) => `${c.field} ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`).join(", ")}`
      : `${result.plan.code}: nothing changed`,
    resource_type: "promotion",
    resource_id: req.params.id,
    changes: { changes: result.changes },
  })
  res.json({ plan: result.plan, changes: result.changes })
}
