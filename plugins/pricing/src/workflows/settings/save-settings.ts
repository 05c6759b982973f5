import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { pricingService } from "../../engine/context"
import type { PricingSettings } from "../../lib/settings/pricing-settings"

/** Stores the settings (guardrails, approval, alerts, kill switch); the compensation stores the previous ones again. */
const saveSettingsStep = createStep(
  "pricing-save-settings",
  async (input: { settings: PricingSettings; actor_id: string | null }, { container }) => {
    const svc = pricingService(container)
    const previous = await svc.getSettings()
    await svc.saveSettings(input.settings, input.actor_id)
    return new StepResponse({ settings: input.settings, previous }, { previous, actor_id: input.actor_id })
  },
  async (c, { container }) => {
    if (c) await pricingService(container).saveSettings(c.previous, c.actor_id)
  }
)

export const savePricingSettingsWorkflow = createWorkflow("pricing-save-settings", (input: { settings: PricingSettings; actor_id: string | null }) => {
  return new WorkflowResponse(saveSettingsStep(input))
})
