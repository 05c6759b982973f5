import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateServingConfigStep } from "../common/invalidate-serving-config"
import { planExperimentChangeStep, type ExperimentChange } from "./steps/plan-experiment-change"
import { updateExperimentStep } from "./steps/entity"

/** Edits, starts or stops an experiment; serving picks a start or stop up at once. */
export const changeExperimentWorkflow = createWorkflow("recommendations-change-experiment", (input: ExperimentChange) => {
  const plan = planExperimentChangeStep(input)
  const experiment = updateExperimentStep(plan)
  invalidateServingConfigStep()
  return new WorkflowResponse(experiment)
})
