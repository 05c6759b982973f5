import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { finesseActor } from "@finesse/core/access"
import type { WorkflowActor } from "../../../../engine/case-change"
import { service } from "../../../../engine/case-change"
import { getCase } from "../../../../modules/finesse-after-sales/store/case-rows"
import { parseRmaNumber } from "../../../../lib/cases/rma-number"

/** The admin user (or API key) acting, as an agent. */
export function agentOf(req: AuthenticatedMedusaRequest): WorkflowActor {
  return { type: "agent", id: finesseActor(req).actor_id }
}

export async function caseOr404(req: AuthenticatedMedusaRequest) {
  const row = await getCase(service(req.scope).db(), req.params.id)
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `case ${req.params.id} was not found`)
  return row
}

/** The inbox search box: an RMA number (any case, with or without dashes), "#1042" for an order, or a case number. */
export function searchTerms(q: string | undefined): { numbers?: number[]; order_display_id?: number } {
  if (!q) return {}
  const t = q.trim()
  const order = /^#(\d{1,9})$/.exec(t)
  if (order) return { order_display_id: Number(order[1]) }
  const rma = parseRmaNumber(t)
  if (rma.ok) return { numbers: [rma.sequence] }
  const rpr = parseRmaNumber(t, { prefix: "RPR" })
  if (rpr.ok) return { numbers: [rpr.sequence] }
  if (/^\d{1,9}$/.test(t)) return { numbers: [Number(t)], order_display_id: Number(t) }
  return { numbers: [] }
}
