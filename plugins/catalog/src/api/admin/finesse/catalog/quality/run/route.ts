import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startJob } from "../../helpers"

/** POST /admin/finesse/catalog/quality/run → 202 { job }: scores every product now. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await startJob(req, res, "catalog.quality", { trigger: "manual" }, "Catalogue quality scoring requested")
}
