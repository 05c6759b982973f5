import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { dbOf, mainCurrency } from "../../../../../reads/core-tables"
import { loadPromotions } from "../../../../../reads/medusa"
import { startExperimentWorkflow } from "../../../../../workflows/experiments/start-experiment"
import { actorOf, assertLaunchAllowed, serviceOf } from "../helpers"

/** GET /admin/finesse/promotions/experiments?status&limit&offset — holdouts and A/B tests with their arms. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as { limit: number; offset: number; status?: string }
  const service = serviceOf(req)
  const [experiments, count] = await service.listAndCountFinessePromotionExperiments(status ? { status } : {}, { skip: offset, take: limit, order: { created_at: "DESC", id: "ASC" } })
  const arms = experiments.length ? await service.listFinessePromotionExperimentArms({ experiment_id: experiments.map((e) => e.id) }) : []
  res.json({ experiments: experiments.map((e) => ({ ...e, arms: arms.filter((a) => a.experiment_id === e.id) })), count, offset, limit })
}

type Body = { name: string; promotion_ids: string[]; weights?: number[]; holdout_share: number; audience_group_id?: string | null }

/**
 * POST /admin/finesse/promotions/experiments — an A/B test between two promotions: the audience is split by the
 * stable hash (optionally with a holdout that gets neither), each arm's customer group goes on its promotion's rules,
 * and both promotions are launched. 201 with the experiment and its arms.
 */
export async function POST(req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) {
  const b = req.validatedBody
  const promotions = await loadPromotions(req.scope, { id: b.promotion_ids })
  const currency = (promotions[0]?.application_method?.currency_code ?? (await mainCurrency(dbOf(req.scope)))).toLowerCase()
  await assertLaunchAllowed(req, promotions, currency)
  const weights = b.weights ?? [1, 1]
  const { result } = await startExperimentWorkflow(req.scope).run({
    input: {
      kind: "ab",
      name: b.name,
      holdout_share: b.holdout_share,
      audience_group_id: b.audience_group_id ?? null,
      arms: [
        { code: "A", weight: weights[0], promotion_ids: [b.promotion_ids[0]] },
        { code: "B", weight: weights[1], promotion_ids: [b.promotion_ids[1]] },
      ],
      currency_code: currency,
      created_by: actorOf(req),
    },
  })
  const code = (id: string) => promotions.find((p) => p.id === id)?.code ?? id
  describeAudit(req, {
    action: "promotions.experiment.started",
    summary: `A/B test "${b.name}": ${code(b.promotion_ids[0])} (A) vs ${code(b.promotion_ids[1])} (B)${b.holdout_share > 0 ? `, ${Math.round(b.holdout_share * 100)} % holdout` : ""}; both launched`,
    resource_type: "experiment",
    resource_id: result.experiment.id,
    changes: { promotion_ids: b.promotion_ids, weights, holdout_share: b.holdout_share, counts: result.counts },
  })
  res.status(201).json({ experiment: { ...result.experiment, arms: result.arms }, counts: result.counts })
}
