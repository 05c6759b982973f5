import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { heldOrderOfPayment, reviewStatusOfOrder } from "../../engine/holds"

const HELD = (what: string, score: number) =>
  new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${what}: the order is held for risk review (score ${score}). Approve it in Finesse › Risk, which captures the payment, or cancel it there.`
  )

/** Medusa's `POST /admin/payments/:id/capture`: a held order's payment stays authorised until the review approves it. */
export async function guardHeldCapture(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const held = await heldOrderOfPayment(req.scope, req.params.id)
    if (held?.review_status === "pending") return next(HELD("The payment cannot be captured", held.score))
    next()
  } catch (e) {
    next(e)
  }
}

/** Medusa's `POST /admin/orders/:id/fulfillments`: nothing ships while the order waits for its review. */
export async function guardHeldFulfillment(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const held = await reviewStatusOfOrder(req.scope, req.params.id)
    if (held?.review_status === "pending") return next(HELD("The order cannot be fulfilled", held.score))
    next()
  } catch (e) {
    next(e)
  }
}
