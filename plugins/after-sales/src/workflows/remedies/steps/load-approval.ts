import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_LIKE_KINDS } from "../../../lib/cases/case-model"
import type { ItemCondition, Resolution, ReturnHistory } from "../../../lib/policy/policy-types"
import { loadCaseFor, service, type WorkflowActor } from "../../../engine/case-change"
import { openCaseUnits } from "../../../engine/open-case-lines"
import { customerReturnHistory } from "../../../reads/core-tables"
import { loadOrderContext, type OrderContext } from "../../../reads/order-context"
import type { CaseRow } from "../../../modules/finesse-after-sales/store/case-rows"

export type ApproveCaseInput = {
  case_id: string
  actor: WorkflowActor
  /** Approve these lines (default: every line the policy approved, or for an agent every line not refused). */
  line_ids?: string[] | null
  /** An agent's exception to a refusal (needs the Finesse role "approver"; recorded). */
  override_refusals?: boolean
  /** The customer's choice per line, when the policy left several resolutions. */
  resolutions?: Record<string, Resolution> | null
  /** The variant to send out per line for an exchange or a replacement (default: the same variant). */
  exchange_variants?: Record<string, string> | null
  /** What the customer reads with the approval. */
  note?: string | null
  at?: number
}

export type CaseLineRow = {
  id: string
  line_item_id: string
  product_id: string | null
  variant_id: string | null
  title: string | null
  quantity: number
  unit_price: number
  condition: ItemCondition | null
  resolution: Resolution | null
  exchange_variant_id: string | null
  reason: string | null
}

export type ApprovalContext = { case: CaseRow; lines: CaseLineRow[]; order: OrderContext; history: ReturnHistory | null; at: number }

/** Loads what an approval decides on: the case, its lines, the order as Medusa has it now, the customer's history. */
export const loadApprovalStep = createStep("after-sales-load-approval", async (input: ApproveCaseInput, { container }) => {
  const row = await loadCaseFor(container, input.case_id, input.actor)
  if (!RETURN_LIKE_KINDS.includes(row.kind)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `a ${row.kind} case cannot be approved`)
  if (!row.order_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "the case has no order to return goods from")
  const lines = (await service(container).db()("finesse_after_sales_case_line").where({ case_id: row.id }).whereNull("deleted_at").orderBy("created_at")) as CaseLineRow[]
  if (!lines.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "the case has no order lines to approve")
  const order = await loadOrderContext(container, row.order_id, await openCaseUnits(container, row.order_id, row.id))
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${row.order_id} was not found`)
  const history = row.customer_id ? await customerReturnHistory(container, row.customer_id) : null
  return new StepResponse<ApprovalContext>({ case: row, lines, order, history, at: input.at ?? Date.now() })
})
