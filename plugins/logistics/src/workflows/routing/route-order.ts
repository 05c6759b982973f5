import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { PrepareRoutingInput } from "../../engine/prepare-routing"
import { moveReservationsStep } from "./steps/move-reservations"
import { prepareRoutingStep } from "./steps/prepare-routing"
import { saveDecisionStep } from "./steps/save-decision"
import { tagOrderStep } from "./steps/tag-order"

export const LOGISTICS_ORDER_ROUTED = "finesse.logistics.order_routed"

/**
 * Routes an order (on placement, by an admin's override, or again when a location runs out): decides where each
 * unit ships from, moves Medusa's reservations there, stores the decision with its reasons and shipments, and
 * tags the order. An order already routed at placement is left alone by a second placement event.
 */
export const routeOrderWorkflow = createWorkflow("logistics-route-order", (input: PrepareRoutingInput) => {
  const plan = prepareRoutingStep(input)
  const moved = moveReservationsStep(plan)
  const saved = saveDecisionStep({ plan, moved })
  const decisionId = transform({ saved }, ({ saved }) => saved?.id ?? null)
  tagOrderStep({ plan, decisionId })
  when({ plan }, ({ plan }) => !plan.noop).then(() => {
    emitEventStep({
      eventName: LOGISTICS_ORDER_ROUTED,
      data: transform({ plan, decisionId }, ({ plan, decisionId }) => ({
        order_id: plan.order_id,
        decision_id: decisionId,
        source: plan.decision.source,
        split: plan.decision.split,
        locations: (plan.decision.shipments as { location_id: string }[]).map((s) => s.location_id),
      })),
    })
  })
  return new WorkflowResponse(
    transform({ plan, decisionId, moved }, ({ plan, decisionId, moved }) => ({
      order_id: plan.order_id,
      routed: !plan.noop,
      decision_id: decisionId,
      summary: plan.decision.summary ?? null,
      reservations_created: moved.created.length,
    }))
  )
})
