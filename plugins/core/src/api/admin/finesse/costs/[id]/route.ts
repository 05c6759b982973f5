import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteVariantCostWorkflow } from "../../../../../workflows/costs/delete-variant-cost"

/** DELETE /admin/finesse/costs/:id */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteVariantCostWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "finesse_variant_cost", deleted: true })
}
