import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { assessCheckout } from "../../engine/assess-checkout"
import { releaseAbandonedHold } from "../../engine/holds"
import { riskServices } from "../../engine/risk-services"
import { attachOrder } from "../../modules/finesse-risk/store/assessments"

/** What the storefront shows for a refused checkout: nothing about which signal fired. */
export const BLOCKED_CHECKOUT_MESSAGE = "This order could not be placed. Please contact the store if you think this is a mistake."

/**
 * Order risk at placement. Medusa's complete-cart workflow creates the order and authorises the payment as its last
 * steps; this `validate` hook runs before both, so a blocked checkout never authorises (nor captures) anything, and a
 * held one is decided before the provider is called. The assessment is recorded under the cart id; a failure later in
 * the workflow (payment declined) leaves the attempt counted for velocity but releases a review hold.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const scored = await assessCheckout(container, cart)
    if (scored?.assessment.decision === "block") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, BLOCKED_CHECKOUT_MESSAGE)
    }
    return new StepResponse(scored ? { id: scored.id, decision: scored.assessment.decision } : null, scored ? { cart_id: cart.id } : null)
  },
  async (data, { container }) => {
    if (data?.cart_id) await releaseAbandonedHold(container, data.cart_id)
  }
)

type OrderCreatedHook = (fn: (input: { order_id: string; cart_id: string }, ctx: { container: any }) => Promise<unknown>) => void

/**
 * Links the assessment to the order the workflow just created (one statement), and tells the admin feed about a hold.
 * `orderCreated` is declared by the workflow but not in its public hook types, hence the cast.
 */
;(completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated(async ({ order_id, cart_id }, { container }) => {
  const { db } = riskServices(container)
  const a = await attachOrder(db, cart_id, order_id)
  if (a?.review_status === "pending") {
    await container.resolve(Modules.EVENT_BUS).emit({ name: "finesse.risk.order_held", data: { id: order_id, score: a.score } })
  }
  return new StepResponse(a)
})
