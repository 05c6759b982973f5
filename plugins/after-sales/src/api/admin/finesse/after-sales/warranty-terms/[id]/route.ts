import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { service } from "../../../../../../engine/case-change"
import { deleteWarrantyTermWorkflow, saveWarrantyTermWorkflow } from "../../../../../../workflows/warranty/save-term"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const current = await service(req.scope).db()("finesse_after_sales_warranty_term").where({ id: req.params.id }).whereNull("deleted_at").first()
  if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `warranty term ${req.params.id} was not found`)
  const { result } = await saveWarrantyTermWorkflow(req.scope).run({ input: { ...current, ...(req as any).validatedBody, id: req.params.id } })
  describeAudit(req, { action: "after-sales.warranty-term.updated", summary: `Warranty term ${result.name} updated`, resource_type: "finesse_after_sales_warranty_term", resource_id: result.id, changes: { months: result.months, covers: result.covers } })
  res.json({ warranty_term: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteWarrantyTermWorkflow(req.scope).run({ input: { id: req.params.id } })
  describeAudit(req, { action: "after-sales.warranty-term.deleted", summary: `Warranty term ${req.params.id} deleted`, resource_type: "finesse_after_sales_warranty_term", resource_id: req.params.id })
  res.json(result)
}
