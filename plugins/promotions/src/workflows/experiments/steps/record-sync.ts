import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { promotionsOf } from "../../../engine/helpers"
import type { ExperimentSyncPlan } from "./plan-sync"

/** Stores new assignments and the arm counts; compensation removes the new assignments and restores the counts. */
export const recordExperimentSyncStep = createStep(
  "promotions-record-experiment-sync",
  async (plan: ExperimentSyncPlan, { container }) => {
    const service = promotionsOf(container)
    const [before] = await service.listFinessePromotionExperiments({ id: plan.experiment_id })
    const arms = await service.listFinessePromotionExperimentArms({ experiment_id: plan.experiment_id })
    await service.insertAssignments(plan.experiment_id, plan.new_assignments)
    const now = new Date()
    await service.updateFinessePromotionExperiments([{ id: plan.experiment_id, member_count: plan.member_count, synced_at: now }])
    await service.updateFinessePromotionExperimentArms(arms.map((a) => ({ id: a.id, member_count: plan.arm_counts[a.code] ?? 0 })))
    return new StepResponse(
      { synced_at: now },
      { experiment_id: plan.experiment_id, customers: plan.new_assignments.map((a) => a.customer_id), member_count: before.member_count, synced_at: before.synced_at, arms: arms.map((a) => ({ id: a.id, member_count: a.member_count })) }
    )
  },
  async (comp, { container }) => {
    if (!comp) return
    const service = promotionsOf(container)
    await service.deleteAssignments(comp.experiment_id, comp.customers)
    await service.updateFinessePromotionExperiments([{ id: comp.experiment_id, member_count: comp.member_count, synced_at: comp.synced_at }])
    await service.updateFinessePromotionExperimentArms(comp.arms)
  }
)
