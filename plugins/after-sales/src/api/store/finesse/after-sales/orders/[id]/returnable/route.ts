import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadConfig } from "../../../../../../../engine/config"
import { decideRequest } from "../../../../../../../engine/decide-request"
import { openCaseUnits } from "../../../../../../../engine/open-case-lines"
import { customerReturnHistory } from "../../../../../../../reads/core-tables"
import { loadOrderContext } from "../../../../../../../reads/order-context"
import { customerOf } from "../../../helpers"

/**
 * GET /store/finesse/after-sales/orders/:id/returnable?condition=unopened: for each item of the customer's order,
 * how many units can still come back, and what the policy would say (outcome, message, resolutions offered), so a
 * storefront shows the options before the customer asks.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = customerOf(req)
  const order = await loadOrderContext(req.scope, req.params.id, await openCaseUnits(req.scope, req.params.id))
  if (!order || order.customerId !== me.id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${req.params.id} was not found`)
  const config = await loadConfig(req.scope)
  const history = await customerReturnHistory(req.scope, me.id as string)
  const condition = (req as any).validatedQuery.condition
  const items = []
  for (const i of order.items) {
    const left = Math.max(0, i.quantity - i.returnedQuantity)
    const d = left ? await decideRequest(req.scope, config, "return", order, [{ lineItemId: i.id, quantity: left, condition, resolution: null }], history, Date.now()) : null
    const l = d?.summary.lines[0]
    items.push({
      line_item_id: i.id,
      title: order.lineInfo[i.id]?.title ?? null,
      purchased: i.quantity,
      returnable_quantity: left,
      outcome: l?.outcome ?? "refuse",
      message: l?.message ?? "every unit is already returned or on a return",
      decided_by: l?.decided_by ?? null,
      resolution_options: l?.resolution_options ?? [],
    })
  }
  res.json({ order_id: order.id, items })
}
