import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importCostsWorkflow } from "../../../../../workflows/costs/import-costs"
import type { AdminImportCostsBodyType } from "../validators"

/**
 * POST /admin/finesse/costs/import { csv, filename? } → 202 { job, import }: a `core.costs-import` job whose result
 * lists bad rows by line number; good rows are imported.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminImportCostsBodyType>, res: MedusaResponse) {
  const { result } = await importCostsWorkflow(req.scope).run({
    input: { csv: req.validatedBody.csv, filename: req.validatedBody.filename ?? null, created_by: req.auth_context?.actor_id ?? null },
  })
  res.status(202).json({ job: result.job, import: result.file })
}
