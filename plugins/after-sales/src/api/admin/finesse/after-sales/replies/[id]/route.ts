import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { deleteReplyWorkflow, saveReplyWorkflow } from "../../../../../../workflows/replies/save-reply"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await saveReplyWorkflow(req.scope).run({ input: { ...(req as any).validatedBody, id: req.params.id } })
  describeAudit(req, { action: "after-sales.reply.updated", summary: `Saved reply ${result.key} updated`, resource_type: "finesse_after_sales_saved_reply", resource_id: result.id, changes: { fields: Object.keys((req as any).validatedBody) } })
  res.json({ reply: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteReplyWorkflow(req.scope).run({ input: { id: req.params.id } })
  describeAudit(req, { action: "after-sales.reply.deleted", summary: `Saved reply ${req.params.id} deleted`, resource_type: "finesse_after_sales_saved_reply", resource_id: req.params.id })
  res.json(result)
}
