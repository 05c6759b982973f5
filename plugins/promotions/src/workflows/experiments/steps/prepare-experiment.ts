import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { armGroupName, assignCustomers, audienceMembers } from "../../../engine/audience"
import { promotionsOf, type PlanRow } from "../../../engine/helpers"
import { groupsExist, loadPromotions } from "../../../reads/medusa"

export type StartExperimentInput = {
  kind: "holdout" | "ab"
  name: string
  /** share of the audience kept out of every arm's promotion */
  holdout_share: number
  /** the customers it reaches: a Medusa customer group (e.g. a persona segment's), or null for every customer */
  audience_group_id: string | null
  arms: { code: string; weight: number; promotion_ids: string[] }[]
  currency_code?: string | null
  created_by: string | null
}

export type PreparedExperiment = {
  experiment: { id: string; name: string; kind: "holdout" | "ab"; key: string; holdout_share: number; audience_group_id: string | null; currency_code: string | null; member_count: number; created_by: string | null }
  arms: { code: string; weight: number; promotion_id: string | null; promotion_ids: string[] }[]
  groups: { name: string; metadata: Record<string, unknown> }[]
  assignments: { customer_id: string; arm: string }[]
  promotion_ids: string[]
  counts: Record<string, number>
}

/**
 * Validates an experiment (the promotions exist and are in no other running experiment, the audience group exists,
 * a sane holdout share) and assigns its audience. Read-only; the next steps write.
 */
export const prepareExperimentStep = createStep("promotions-prepare-experiment", async (input: StartExperimentInput, { container }) => {
  if (!(input.holdout_share >= 0 && input.holdout_share <= 0.5)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "holdout_share: must be between 0 and 0.5")
  if (input.kind === "holdout" && !(input.holdout_share > 0)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "holdout_share: a holdout needs a share above 0")
  const ids = input.arms.flatMap((a) => a.promotion_ids)
  if (new Set(ids).size !== ids.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "promotion_ids: a promotion can be in one arm only")
  const found = await loadPromotions(container, { id: ids })
  const missing = ids.filter((id) => !found.some((p) => p.id === id))
  if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `promotion ${missing.join(", ")} was not found`)
  const service = promotionsOf(container)
  const plans = (await service.listFinessePromotionPlans({ promotion_id: ids })) as unknown as PlanRow[]
  const busy = plans.filter((p) => p.experiment_id)
  if (busy.length) {
    const running = await service.listFinessePromotionExperiments({ id: busy.map((p) => p.experiment_id!), status: "running" })
    if (running.length) throw new MedusaError(MedusaError.Types.CONFLICT, `promotion ${busy.map((p) => p.code).join(", ")} is already in the running experiment ${running[0].id}`)
  }
  if (input.audience_group_id) {
    const groups = await groupsExist(container, [input.audience_group_id])
    if (!groups.size) throw new MedusaError(MedusaError.Types.INVALID_DATA, `audience_group_id: no customer group ${input.audience_group_id}`)
  }
  const id = generateEntityId(undefined, "fpexp")
  const members = await audienceMembers(container, input.audience_group_id)
  const assignments = assignCustomers(members, { key: id, holdoutShare: input.holdout_share, arms: input.arms.map((a) => ({ code: a.code, weight: a.weight })) })
  const counts: Record<string, number> = {}
  for (const a of assignments) counts[a.arm] = (counts[a.arm] ?? 0) + 1
  const armCodes = [...(input.holdout_share > 0 ? ["holdout"] : []), ...input.arms.map((a) => a.code)]
  const out: PreparedExperiment = {
    experiment: {
      id,
      name: input.name,
      kind: input.kind,
      key: id,
      holdout_share: input.holdout_share,
      audience_group_id: input.audience_group_id,
      currency_code: input.currency_code ?? null,
      member_count: assignments.length,
      created_by: input.created_by,
    },
    arms: [
      ...(input.holdout_share > 0 ? [{ code: "holdout", weight: input.holdout_share, promotion_id: null, promotion_ids: [] }] : []),
      ...input.arms.map((a) => ({ code: a.code, weight: a.weight, promotion_id: a.promotion_ids[0] ?? null, promotion_ids: a.promotion_ids })),
    ],
    groups: armCodes.map((arm) => ({ name: armGroupName(input.name, arm), metadata: { finesse_experiment_id: id, finesse_arm: arm } })),
    assignments,
    promotion_ids: ids,
    counts,
  }
  return new StepResponse(out)
})
