import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runDeliveryAlerts } from "../../../../../../engine/alerts"

/** POST /admin/finesse/logistics/performance/evaluate — checks the alert rules now (the hourly job does the same). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ run: await runDeliveryAlerts(req.scope) })
}
