import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { emitEventStep, updatePromotionsStatusWorkflow } from "@medusajs/medusa/core-flows"
import { promotionsOf } from "../../engine/helpers"

export type StopExperimentInput = { experiment_id: string; deactivate_promotions: boolean }

const stopExperimentStep = createStep(
  "promotions-stop-experiment",
  async (input: StopExperimentInput, { container }) => {
    const service = promotionsOf(container)
    const [e] = await service.listFinessePromotionExperiments({ id: input.experiment_id })
    if (!e) throw new MedusaError(MedusaError.Types.NOT_FOUND, `experiment ${input.experiment_id} was not found`)
    if (e.status === "stopped") throw new MedusaError(MedusaError.Types.CONFLICT, `experiment ${e.id} was already stopped`)
    const [updated] = await service.updateFinessePromotionExperiments([{ id: e.id, status: "stopped" as const, stopped_at: new Date() }])
    const arms = await service.listFinessePromotionExperimentArms({ experiment_id: e.id })
    return new StepResponse({ experiment: updated, promotion_ids: arms.map((a) => a.promotion_id).filter((id): id is string => !!id) }, e.id)
  },
  async (id, { container }) => {
    if (id) await promotionsOf(container).updateFinessePromotionExperiments([{ id, status: "running" as const, stopped_at: null }])
  }
)

/**
 * Stops an experiment: no more syncing, the arms stay as they were (the report reads them), and with
 * `deactivate_promotions` its promotions are set inactive in Medusa.
 */
export const stopExperimentWorkflow = createWorkflow("promotions-stop-experiment", (input: StopExperimentInput) => {
  const stopped = stopExperimentStep(input)
  when({ input, stopped }, ({ input, stopped }) => input.deactivate_promotions && stopped.promotion_ids.length > 0).then(() => {
    updatePromotionsStatusWorkflow.runAsStep({
      input: transform({ stopped }, ({ stopped }) => ({ promotionsData: stopped.promotion_ids.map((id) => ({ id, status: "inactive" as const })) })),
    })
  })
  emitEventStep({ eventName: "finesse.promotions.experiment_stopped", data: transform({ stopped }, ({ stopped }) => ({ id: stopped.experiment.id })) })
  return new WorkflowResponse(stopped)
})
