import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { trainRecommendationsJob } from "../../../../../queues/recommendations-train/definition"

/**
 * POST /admin/finesse/recommendations/train — queues a training run. Two clicks within the same minute are one job
 * (the job id is per minute); follow its progress on the Jobs page or in `status.training`.
 */
export async function POST(req: AuthenticatedMedusaRequest<{ holdout_days?: number; event_days?: number }>, res: MedusaResponse) {
  const body = req.validatedBody as { holdout_days?: number; event_days?: number }
  const minute = new Date().toISOString().slice(0, 16).replace(/:/g, "-")
  const job = await trainRecommendationsJob.enqueue(req.scope, { trigger: "manual", run: `manual-${minute}`, ...body })
  res.status(202).json({ job })
}
