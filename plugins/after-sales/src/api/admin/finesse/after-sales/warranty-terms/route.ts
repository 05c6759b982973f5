import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { service } from "../../../../../engine/case-change"
import { saveWarrantyTermWorkflow } from "../../../../../workflows/warranty/save-term"

/** GET /admin/finesse/after-sales/warranty-terms: every term (a store has a handful). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rows = await service(req.scope).db()("finesse_after_sales_warranty_term").whereNull("deleted_at").orderBy("name")
  res.json({ warranty_terms: rows, count: rows.length, offset: 0, limit: rows.length })
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await saveWarrantyTermWorkflow(req.scope).run({ input: (req as any).validatedBody })
  describeAudit(req, { action: "after-sales.warranty-term.created", summary: `Warranty term ${result.name} (${result.months} months) created`, resource_type: "finesse_after_sales_warranty_term", resource_id: result.id, changes: { months: result.months, product_ids: result.product_ids, category_ids: result.category_ids, covers: result.covers } })
  res.status(201).json({ warranty_term: result })
}
