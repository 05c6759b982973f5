import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { logisticsOf } from "../../../engine/container"
import type { RoutingPlan } from "../../../engine/route-plan"

/** Writes the decision's summary to the order's metadata (key finesse_logistics) for storefronts and other tools. */
export const tagOrderStep = createStep(
  "logistics-tag-order",
  async ({ plan, decisionId }: { plan: RoutingPlan; decisionId: string | null }, { container }) => {
    if (plan.noop) return new StepResponse(null, null as { order_id: string; previous: unknown } | null)
    const meta = plan.metadata.finesse_logistics as Record<string, unknown>
    const before = await logisticsOf(container).mergeOrderMetadata(plan.order_id, { finesse_logistics: { ...meta, decision_id: decisionId } })
    return new StepResponse(null, { order_id: plan.order_id, previous: before?.finesse_logistics })
  },
  async (comp, { container }) => {
    if (!comp) return
    await logisticsOf(container).restoreOrderMetadataKey(comp.order_id, "finesse_logistics", comp.previous)
  }
)
