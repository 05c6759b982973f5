import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startJob } from "../../helpers"

/** POST /admin/finesse/pricing/alerts/run → 202 { job }: evaluates the alert rules now. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await startJob(req, res, { kind: "pricing.alerts", payload: { run: `manual-${Date.now()}` } })
}
