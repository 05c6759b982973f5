import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { logisticsOf } from "../../../engine/container"
import type { RoutingPlan } from "../../../engine/route-plan"

type Saved = { id: string; previous_id: string | null; retired_shipment_ids: string[] }

/** Stores the decision as the order's current one with its shipments and today's capacity use. */
export const saveDecisionStep = createStep(
  "logistics-save-decision",
  async ({ plan, moved }: { plan: RoutingPlan; moved: { ms: number } }, { container }) => {
    if (plan.noop) return new StepResponse(null as Saved | null, null as (Saved & { day: string }) | null)
    const decision = { ...plan.decision, timing: { ...(plan.decision.timing ?? {}), reserve_ms: moved.ms } }
    const saved = await logisticsOf(container).replaceCurrentDecision(decision, plan.shipments, plan.day)
    return new StepResponse(saved as Saved | null, { ...saved, day: plan.day })
  },
  async (comp, { container }) => {
    if (!comp) return
    await logisticsOf(container).restoreDecision(comp, comp.day)
  }
)
