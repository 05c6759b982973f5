import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recommendationsFeedbackJob } from "../../../../../queues/recommendations-feedback/definition"

/** POST /admin/finesse/recommendations/feedback — reads new impressions, clicks and conversions now (else every 10 minutes). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, "-")
  const job = await recommendationsFeedbackJob.enqueue(req.scope, { run: `manual-${stamp}` })
  res.status(202).json({ job })
}
