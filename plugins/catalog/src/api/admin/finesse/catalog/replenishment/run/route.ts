import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startJob } from "../../helpers"

/** POST /admin/finesse/catalog/replenishment/run → 202 { job }: plans from the current forecast and today's stock. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await startJob(req, res, "catalog.replenishment", { trigger: "manual" }, "Replenishment planning requested")
}
