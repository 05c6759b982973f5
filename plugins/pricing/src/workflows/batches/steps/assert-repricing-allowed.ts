import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pricingService } from "../../../engine/context"
import { killSwitchOn } from "../../../lib/settings/pricing-settings"

/** Refuses to move any price while the store-wide kill switch is on. */
export const assertRepricingAllowedStep = createStep("pricing-assert-repricing-allowed", async (_: void, { container }) => {
  const s = await pricingService(container).getSettings()
  if (killSwitchOn(s)) {
    const why = s.guardrails.kill_switch?.reason
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `repricing is switched off store-wide (kill switch)${why ? `: ${why}` : ""}; no price was changed`)
  }
  return new StepResponse(true)
})
