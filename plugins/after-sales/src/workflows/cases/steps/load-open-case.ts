import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_LIKE_KINDS, type CaseChannel, type CaseKind, type CasePriority } from "../../../lib/cases/case-model"
import type { ItemCondition, Resolution, ReturnHistory } from "../../../lib/policy/policy-types"
import type { WorkflowActor } from "../../../engine/case-change"
import { openCaseUnits } from "../../../engine/open-case-lines"
import { customerReturnHistory } from "../../../reads/core-tables"
import { loadOrderContext, type OrderContext } from "../../../reads/order-context"

export type OpenCaseLine = {
  line_item_id: string
  quantity: number
  condition?: ItemCondition | null
  resolution?: Resolution | null
  exchange_variant_id?: string | null
  reason?: string | null
}

export type OpenCaseInput = {
  actor: WorkflowActor
  customer_id?: string | null
  order_id?: string | null
  kind: CaseKind
  channel?: CaseChannel
  subject?: string | null
  body: string
  reason?: string | null
  priority?: CasePriority | null
  assignee_id?: string | null
  lines?: OpenCaseLine[]
  follow_up_of?: string | null
  /** Ids and keys only (the demo seed marks its cases). */
  metadata?: Record<string, unknown> | null
  /** Epoch ms the case is opened at (the demo seed backdates cases; otherwise now). */
  at?: number
}

export type OpenCaseContext = { order: OrderContext | null; customer_id: string | null; history: ReturnHistory | null; at: number }

const bad = (field: string, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${field}: ${message}`)

/**
 * Loads the order the case is about and checks the request against it: a customer only opens cases on their own
 * orders (another customer's order is "not found"), lines must be items of the order with units left to return,
 * and a return, exchange, claim or repair needs at least one line.
 */
export const loadOpenCaseStep = createStep("after-sales-load-open-case", async (input: OpenCaseInput, { container }) => {
  const at = input.at ?? Date.now()
  const lines = input.lines ?? []
  let order: OrderContext | null = null
  if (input.order_id) {
    order = await loadOrderContext(container, input.order_id, await openCaseUnits(container, input.order_id))
    if (!order || (input.actor.type === "customer" && order.customerId !== input.actor.id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${input.order_id} was not found`)
    }
  }
  if (RETURN_LIKE_KINDS.includes(input.kind)) {
    if (!order) throw bad("order_id", `a ${input.kind} case needs the order it is about`)
    if (!lines.length) throw bad("lines", `a ${input.kind} case needs at least one line of the order`)
  }
  if (input.kind === "repair" && lines.length > 1) throw bad("lines", "a repair case is about one item")
  const seen = new Set<string>()
  lines.forEach((l, i) => {
    const item = order?.items.find((x) => x.id === l.line_item_id)
    if (!item) throw bad(`lines[${i}].line_item_id`, `${l.line_item_id} is not an item of order ${input.order_id ?? "(none)"}`)
    if (seen.has(l.line_item_id)) throw bad(`lines[${i}].line_item_id`, "listed twice")
    seen.add(l.line_item_id)
    if (l.quantity > item.quantity) throw bad(`lines[${i}].quantity`, `${l.quantity} units asked, ${item.quantity} were bought`)
  })
  const customerId = input.actor.type === "customer" ? input.actor.id : (input.customer_id ?? order?.customerId ?? null)
  const history = customerId && RETURN_LIKE_KINDS.includes(input.kind) ? await customerReturnHistory(container, customerId) : null
  return new StepResponse<OpenCaseContext>({ order, customer_id: customerId, history, at })
})
