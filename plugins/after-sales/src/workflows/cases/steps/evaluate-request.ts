import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UnknownOrderLineError } from "../../../lib/policy/build-request"
import { loadConfig } from "../../../engine/config"
import { decideRequest } from "../../../engine/decide-request"
import type { OpenCaseContext, OpenCaseInput } from "./load-open-case"

/** Read-only: the policy's (or the warranty's) verdict on the lines asked about, per line with the deciding rule. */
export const evaluateRequestStep = createStep("after-sales-evaluate-request", async ({ input, ctx }: { input: OpenCaseInput; ctx: OpenCaseContext }, { container }) => {
  const config = await loadConfig(container)
  const lines = (input.lines ?? []).map((l) => ({ lineItemId: l.line_item_id, quantity: l.quantity, condition: l.condition, resolution: l.resolution, reason: l.reason ?? input.reason }))
  try {
    const d = await decideRequest(container, config, input.kind, ctx.order, lines, ctx.history, ctx.at)
    return new StepResponse(d ? { summary: d.summary, warranty: d.warranty } : null)
  } catch (e) {
    if (e instanceof UnknownOrderLineError) throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    throw e
  }
})
