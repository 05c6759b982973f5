import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { promotionsOf } from "../../../engine/helpers"
import type { PreparedExperiment } from "./prepare-experiment"

/**
 * Creates the experiment, its arms (each with the customer group created for it) and the assignments; compensation
 * deletes all three.
 */
export const createExperimentStep = createStep(
  "promotions-create-experiment",
  async (input: { prepared: PreparedExperiment; groups: { id: string; metadata?: Record<string, unknown> | null }[] }, { container }) => {
    const service = promotionsOf(container)
    const { prepared } = input
    const now = new Date()
    const groupOf = new Map(input.groups.map((g) => [String(g.metadata?.finesse_arm), g.id]))
    const [experiment] = await service.createFinessePromotionExperiments([{ ...prepared.experiment, status: "running", started_at: now, synced_at: now }])
    const counts = prepared.counts
    const arms = await service.createFinessePromotionExperimentArms(
      prepared.arms.map((a) => ({ experiment_id: experiment.id, code: a.code, weight: a.weight, promotion_id: a.promotion_id, customer_group_id: groupOf.get(a.code) ?? null, member_count: counts[a.code] ?? 0 }))
    )
    await service.insertAssignments(experiment.id, prepared.assignments, now)
    return new StepResponse({ experiment, arms }, experiment.id)
  },
  async (experimentId, { container }) => {
    if (!experimentId) return
    const service = promotionsOf(container)
    const assigned = await service.assignmentsByArm(experimentId)
    await service.deleteAssignments(experimentId, [...assigned.values()].flat())
    const arms = await service.listFinessePromotionExperimentArms({ experiment_id: experimentId })
    await service.deleteFinessePromotionExperimentArms(arms.map((a) => a.id))
    await service.deleteFinessePromotionExperiments([experimentId])
  }
)
