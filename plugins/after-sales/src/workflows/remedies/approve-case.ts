import {
  beginClaimOrderWorkflow,
  beginExchangeOrderWorkflow,
  beginReturnOrderWorkflow,
  confirmClaimRequestWorkflow,
  confirmExchangeRequestWorkflow,
  confirmReturnRequestWorkflow,
  createReturnShippingMethodWorkflow,
  emitEventStep,
  orderClaimAddNewItemWorkflow,
  orderClaimItemWorkflow,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadApprovalStep, type ApproveCaseInput } from "./steps/load-approval"
import { planApprovalStep } from "./steps/plan-approval"
import { recordApprovalStep } from "./steps/record-approval"

/**
 * Approves a return, exchange, claim or repair case and creates the real thing in Medusa with Medusa's own
 * order-change workflows: begin → request items → (return shipping) → confirm for a return; begin → inbound items →
 * outbound items → confirm for an exchange or a claim. Nested as steps, so if any of them (or the recording) fails
 * the ones that ran are rolled back by Medusa's compensation. The refund follows Medusa's flow once the goods are
 * received (refund-case.ts).
 */
export const approveCaseWorkflow = createWorkflow("after-sales-approve-case", (input: ApproveCaseInput) => {
  const ctx = loadApprovalStep(input)
  const plan = planApprovalStep({ input, ctx })
  const actorId = transform({ input }, ({ input }) => (input.actor.type === "system" ? undefined : (input.actor.id ?? undefined)))

  const returnId = when("return-begin", { plan }, ({ plan }) => !!plan.return).then(() => {
    const change = beginReturnOrderWorkflow.runAsStep({
      input: transform({ plan, actorId }, ({ plan, actorId }) => ({
        order_id: plan.order_id,
        location_id: plan.location_id ?? undefined,
        created_by: actorId,
        description: plan.description,
        metadata: plan.metadata,
      })),
    })
    const id = transform({ change }, ({ change }) => change.return_id as string)
    requestItemReturnWorkflow.runAsStep({ input: transform({ id, plan }, ({ id, plan }) => ({ return_id: id, items: plan.return!.items })) })
    return id
  })
  when("return-shipping", { plan, returnId }, ({ plan, returnId }) => !!returnId && !!plan.shipping_option_id).then(() => {
    createReturnShippingMethodWorkflow.runAsStep({
      input: transform({ plan, returnId }, ({ plan, returnId }) => ({ return_id: returnId as string, shipping_option_id: plan.shipping_option_id as string })),
    })
  })
  when("return-confirm", { returnId }, ({ returnId }) => !!returnId).then(() => {
    confirmReturnRequestWorkflow.runAsStep({ input: transform({ returnId, actorId }, ({ returnId, actorId }) => ({ return_id: returnId as string, confirmed_by: actorId })) })
  })

  const exchangeId = when("exchange", { plan }, ({ plan }) => !!plan.exchange).then(() => {
    const change = beginExchangeOrderWorkflow.runAsStep({
      input: transform({ plan, actorId }, ({ plan, actorId }) => ({ order_id: plan.order_id, created_by: actorId, description: plan.description, metadata: plan.metadata })),
    })
    const id = transform({ change }, ({ change }) => change.exchange_id as string)
    orderExchangeRequestItemReturnWorkflow.runAsStep({
      input: transform({ id, plan }, ({ id, plan }) => ({ exchange_id: id, return_id: undefined as unknown as string, location_id: plan.location_id ?? undefined, items: plan.exchange!.items })),
    })
    orderExchangeAddNewItemWorkflow.runAsStep({ input: transform({ id, plan }, ({ id, plan }) => ({ exchange_id: id, items: plan.exchange!.outbound })) })
    confirmExchangeRequestWorkflow.runAsStep({ input: transform({ id, actorId }, ({ id, actorId }) => ({ exchange_id: id, confirmed_by: actorId })) })
    return id
  })

  const claimId = when("claim-begin", { plan }, ({ plan }) => !!plan.claim).then(() => {
    const change = beginClaimOrderWorkflow.runAsStep({
      input: transform({ plan, actorId }, ({ plan, actorId }) => ({ type: plan.claim!.type as any, order_id: plan.order_id, created_by: actorId, description: plan.description, metadata: plan.metadata })),
    })
    const id = transform({ change }, ({ change }) => change.claim_id as string)
    orderClaimItemWorkflow.runAsStep({ input: transform({ id, plan }, ({ id, plan }) => ({ claim_id: id, items: plan.claim!.items })) })
    return id
  })
  when("claim-outbound", { plan, claimId }, ({ plan, claimId }) => !!claimId && plan.claim!.outbound.length > 0).then(() => {
    orderClaimAddNewItemWorkflow.runAsStep({ input: transform({ plan, claimId }, ({ plan, claimId }) => ({ claim_id: claimId as string, items: plan.claim!.outbound })) })
  })
  when("claim-confirm", { claimId }, ({ claimId }) => !!claimId).then(() => {
    confirmClaimRequestWorkflow.runAsStep({ input: transform({ claimId, actorId }, ({ claimId, actorId }) => ({ claim_id: claimId as string, confirmed_by: actorId })) })
  })

  const created = transform({ returnId, exchangeId, claimId }, ({ returnId, exchangeId, claimId }) => ({
    return_id: (returnId as string | undefined) ?? null,
    exchange_id: (exchangeId as string | undefined) ?? null,
    claim_id: (claimId as string | undefined) ?? null,
  }))
  const recorded = recordApprovalStep({ input, ctx, plan, created })
  emitEventStep({
    eventName: "finesse.after-sales.case.approved",
    data: transform({ recorded, created }, ({ recorded, created }) => ({ id: recorded.case.id, ...created, repair_id: recorded.repair_id })),
  })
  return new WorkflowResponse(transform({ recorded, created, plan }, ({ recorded, created, plan }) => ({ ...recorded, ...created, plan })))
})
