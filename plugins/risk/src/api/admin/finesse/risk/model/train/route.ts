import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { trainJob } from "../../../../../../queues/train/definition"

/** POST /admin/finesse/risk/model/train — queues a training run now (the job page shows its progress). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const job = await trainJob.enqueue(req.scope, { run: `manual-${Date.now()}` })
  describeAudit(req, { action: "risk.model.training_started", summary: "Started a risk model training run", resource_type: "finesse_job", resource_id: job.id })
  res.status(202).json({ job })
}
