import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { UnknownOrderLineError } from "../../../../../../lib/policy/build-request"
import { loadConfig } from "../../../../../../engine/config"
import { decideRequest } from "../../../../../../engine/decide-request"
import { openCaseUnits } from "../../../../../../engine/open-case-lines"
import { customerReturnHistory } from "../../../../../../reads/core-tables"
import { loadOrderContext } from "../../../../../../reads/order-context"

/** POST /admin/finesse/after-sales/policy/preview: what the current policy (or warranty) says about a request on an order, without opening a case. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody
  const order = await loadOrderContext(req.scope, b.order_id, await openCaseUnits(req.scope, b.order_id))
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${b.order_id} was not found`)
  const history = order.customerId ? await customerReturnHistory(req.scope, order.customerId) : null
  try {
    const d = await decideRequest(
      req.scope,
      await loadConfig(req.scope, { fresh: true }),
      b.kind,
      order,
      b.lines.map((l: any) => ({ lineItemId: l.line_item_id, quantity: l.quantity, condition: l.condition, resolution: l.resolution, reason: l.reason })),
      history,
      b.at ? new Date(b.at).getTime() : Date.now()
    )
    res.json({ decision: d?.summary ?? null, warranty: d?.warranty ?? null })
  } catch (e) {
    if (e instanceof UnknownOrderLineError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: lines: ${e.message}`)
    throw e
  }
}
