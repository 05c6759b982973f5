import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveConfigStep, type SaveConfigInput } from "./steps/save-config"

/** Saves the return policy, the SLA targets, the business hours or the settings as a new version. */
export const saveConfigWorkflow = createWorkflow("after-sales-save-config", (input: SaveConfigInput) => {
  const saved = saveConfigStep(input)
  emitEventStep({ eventName: "finesse.after-sales.config.updated", data: transform({ saved }, ({ saved }) => ({ key: saved.key, version: saved.version })) })
  return new WorkflowResponse(saved)
})
