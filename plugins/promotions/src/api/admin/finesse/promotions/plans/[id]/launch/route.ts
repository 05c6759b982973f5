import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { MedusaError } from "@medusajs/framework/utils"
import { currencyExponent, currencyOfPromotion, planOf, requirePromotion } from "../../../../../../../engine/helpers"
import { dbOf, mainCurrency } from "../../../../../../../reads/core-tables"
import { loadPromotions } from "../../../../../../../reads/medusa"
import { rulesOn } from "../../../../../../../lib"
import { startExperimentWorkflow } from "../../../../../../../workflows/experiments/start-experiment"
import { launchPromotionWorkflow } from "../../../../../../../workflows/planning/launch-promotion"
import { actorOf, assertLaunchAllowed } from "../../../helpers"
import { formatMinor } from "../../../format"

type Body = { holdout_share: number; audience_group_id?: string | null; experiment_name?: string }

/**
 * POST /admin/finesse/promotions/plans/:id/launch { holdout_share, audience_group_id?, experiment_name? } — launches
 * the promotion (its Medusa promotions become active). With a holdout share, a stable random share of the audience
 * is kept out: the promotion's rules then target only the treated customers' group. A budget above the configured
 * limit needs the approver role.
 */
export async function POST(req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) {
  const b = req.validatedBody
  const promotion = await requirePromotion(req.scope, req.params.id)
  const plan = await planOf(req.scope, promotion.id)
  const ids = plan?.promotion_ids?.length ? plan.promotion_ids : [promotion.id]
  const promotions = ids.length > 1 ? await loadPromotions(req.scope, { id: ids }) : [promotion]
  const currency = currencyOfPromotion(promotion, plan, await mainCurrency(dbOf(req.scope)))
  await assertLaunchAllowed(req, promotions, currency)
  const budget = promotion.campaign?.budget
  const budgetText = budget?.type === "spend" && budget.limit != null ? `, budget ${formatMinor(Math.round(Number(budget.limit) * 10 ** currencyExponent(currency)), currency)}` : ""
  if (b.holdout_share > 0) {
    if (plan?.status === "launched" && plan.experiment_id) throw new MedusaError(MedusaError.Types.CONFLICT, `promotion ${promotion.code} is already launched with experiment ${plan.experiment_id}`)
    const audience = b.audience_group_id ?? plan?.audience_group_id ?? rulesOn(promotion.rules, "customer.groups.id")[0] ?? null
    const { result } = await startExperimentWorkflow(req.scope).run({
      input: {
        kind: "holdout",
        name: b.experiment_name ?? `${promotion.code} holdout`,
        holdout_share: b.holdout_share,
        audience_group_id: audience,
        arms: [{ code: "treatment", weight: 1, promotion_ids: ids }],
        currency_code: currency,
        created_by: actorOf(req),
      },
    })
    describeAudit(req, {
      action: "promotions.promotion.launched",
      summary: `launched ${promotion.code} with a ${Math.round(b.holdout_share * 100)} % holdout (${result.counts.treatment ?? 0} treated, ${result.counts.holdout ?? 0} held out)${budgetText}`,
      resource_type: "promotion",
      resource_id: promotion.id,
      changes: { promotion_ids: ids, holdout_share: b.holdout_share, experiment_id: result.experiment.id, audience_group_id: audience, arms: result.arms.map((a: any) => ({ code: a.code, customer_group_id: a.customer_group_id, members: a.member_count })) },
    })
    res.json({ launched: ids, experiment: { ...result.experiment, arms: result.arms }, counts: result.counts })
    return
  }
  const { result } = await launchPromotionWorkflow(req.scope).run({ input: { promotion_id: promotion.id, launched_by: actorOf(req) } })
  describeAudit(req, {
    action: "promotions.promotion.launched",
    summary: `launched ${promotion.code} without a holdout${budgetText}`,
    resource_type: "promotion",
    resource_id: promotion.id,
    changes: { promotion_ids: ids, holdout_share: 0 },
  })
  res.json({ launched: ids, plans: result, experiment: null })
}
