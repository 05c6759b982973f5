import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { prepareRouting, type PrepareRoutingInput } from "../../../engine/prepare-routing"
import type { RoutingPlan } from "../../../engine/route-plan"

/** Loads the order and its stock, decides (or checks an override) and plans the changes; reads only. */
export const prepareRoutingStep = createStep("logistics-prepare-routing", async (input: PrepareRoutingInput, { container }) => {
  return new StepResponse<RoutingPlan>(await prepareRouting(container as any, input))
})
