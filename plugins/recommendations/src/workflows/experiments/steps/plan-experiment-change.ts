import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../modules/finesse-recommendations/service"

export type ExperimentChange = { id: string; action: "edit" | "start" | "stop"; data?: Record<string, unknown> }

/**
 * Validates a change against the experiment's state and plans the update: a running experiment only changes its
 * name (a new split or strategy mid-test would bias the comparison); one running experiment per placement (409);
 * a stopped one cannot restart (its figures would mix two periods: create a new one).
 */
export const planExperimentChangeStep = createStep("recommendations-plan-experiment-change", async (input: ExperimentChange, { container }) => {
  const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const [exp] = await recs.listFinesseRecExperiments({ id: input.id })
  if (!exp) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Experiment with id: ${input.id} was not found`)
  if (input.action === "edit") {
    const data = input.data ?? {}
    if (exp.status !== "draft" && Object.keys(data).some((k) => k !== "name")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `experiment ${exp.number} is ${exp.status}: only its name can change`)
    }
    const a = (data.strategy_a as string) ?? exp.strategy_a
    const b = (data.strategy_b as string) ?? exp.strategy_b
    if (a === b) throw new MedusaError(MedusaError.Types.INVALID_DATA, "strategy_b: must differ from strategy_a")
    return new StepResponse({ id: exp.id, ...data })
  }
  if (input.action === "start") {
    if (exp.status !== "draft") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `experiment ${exp.number} is ${exp.status}; only a draft can start`)
    const running = await recs.listFinesseRecExperiments({ placement: exp.placement, status: "running" })
    if (running.length) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `experiment ${running[0].number} is already running on placement ${exp.placement}`)
    }
    return new StepResponse({ id: exp.id, status: "running", started_at: new Date() })
  }
  if (exp.status !== "running") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `experiment ${exp.number} is ${exp.status}; only a running one can stop`)
  return new StepResponse({ id: exp.id, status: "stopped", stopped_at: new Date() })
})
