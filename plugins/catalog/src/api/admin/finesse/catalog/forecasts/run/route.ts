import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startJob } from "../../helpers"

/** POST /admin/finesse/catalog/forecasts/run { granularity?, horizon?, recalibrate? } → 202 { job }. */
export async function POST(req: AuthenticatedMedusaRequest<{ granularity: "week" | "day"; horizon?: number; recalibrate: boolean }>, res: MedusaResponse) {
  const b = req.validatedBody
  await startJob(req, res, "catalog.forecast", { granularity: b.granularity, ...(b.horizon ? { horizon: b.horizon } : {}), recalibrate: b.recalibrate }, `${b.granularity === "week" ? "Weekly" : "Daily"} demand forecast requested`)
}
