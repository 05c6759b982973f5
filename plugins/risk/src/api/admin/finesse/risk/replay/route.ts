import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { replayJob } from "../../../../../queues/replay/definition"

/** POST /admin/finesse/risk/replay — queues the scoring of past orders (for a store that installs risk with history). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const job = await replayJob.enqueue(req.scope, { days: 400, run: `manual-${Date.now()}` })
  describeAudit(req, { action: "risk.history.replay_started", summary: "Started scoring the order history", resource_type: "finesse_job", resource_id: job.id })
  res.status(202).json({ job })
}
