import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startJob } from "../../helpers"

/** POST /admin/finesse/catalog/categories/run { days? } → 202 { job }: analyses the category tree and navigation now. */
export async function POST(req: AuthenticatedMedusaRequest<{ days: number }>, res: MedusaResponse) {
  await startJob(req, res, "catalog.categories", { days: req.validatedBody.days }, `Category analysis over ${req.validatedBody.days} days requested`)
}
