import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { armGroupChanges } from "../../../lib"
import { assignCustomers, audienceMembers } from "../../../engine/audience"
import { promotionsOf } from "../../../engine/helpers"
import { groupMembers } from "../../../reads/medusa"

export type ExperimentSyncPlan = {
  experiment_id: string
  new_assignments: { customer_id: string; arm: string }[]
  changes: { customer_group_id: string; arm: string; add: string[]; remove: string[] }[]
  member_count: number
  arm_counts: Record<string, number>
}

/**
 * What keeping an experiment's groups current would change: audience members without an arm get one (the same
 * hash, so an arm never changes), and each arm's group should hold exactly its assigned customers who are still in
 * the audience. Read-only.
 */
export const planExperimentSyncStep = createStep("promotions-plan-experiment-sync", async (input: { experiment_id: string }, { container }) => {
  const service = promotionsOf(container)
  const [experiment] = await service.listFinessePromotionExperiments({ id: input.experiment_id })
  if (!experiment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `experiment ${input.experiment_id} was not found`)
  if (experiment.status !== "running") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `experiment ${experiment.id} is stopped; its groups are kept as they were`)
  const arms = await service.listFinessePromotionExperimentArms({ experiment_id: experiment.id })
  const assigned = await service.assignmentsByArm(experiment.id)
  const armOf = new Map<string, string>()
  for (const [arm, ids] of assigned) for (const id of ids) armOf.set(id, arm)
  const members = await audienceMembers(container, experiment.audience_group_id)
  const fresh = members.filter((id) => !armOf.has(id))
  const weighted = arms.filter((a) => a.code !== "holdout").map((a) => ({ code: a.code, weight: a.weight }))
  const newAssignments = assignCustomers(fresh, { key: experiment.key, holdoutShare: experiment.holdout_share, arms: weighted })
  for (const a of newAssignments) armOf.set(a.customer_id, a.arm)
  const desired = new Map<string, string[]>()
  for (const id of members) {
    const arm = armOf.get(id)!
    let list = desired.get(arm)
    if (!list) desired.set(arm, (list = []))
    list.push(id)
  }
  const current = new Map<string, string[]>()
  for (const a of arms) if (a.customer_group_id) current.set(a.code, await groupMembers(container, a.customer_group_id))
  const groupOf = new Map(arms.map((a) => [a.code, a.customer_group_id]))
  const changes = armGroupChanges(desired, current)
    .filter((c) => groupOf.get(c.arm) && (c.add.length || c.remove.length))
    .map((c) => ({ customer_group_id: groupOf.get(c.arm)!, arm: c.arm, add: c.add, remove: c.remove }))
  const counts: Record<string, number> = {}
  for (const arm of armOf.values()) counts[arm] = (counts[arm] ?? 0) + 1
  const out: ExperimentSyncPlan = { experiment_id: experiment.id, new_assignments: newAssignments, changes, member_count: armOf.size, arm_counts: counts }
  return new StepResponse(out)
})
