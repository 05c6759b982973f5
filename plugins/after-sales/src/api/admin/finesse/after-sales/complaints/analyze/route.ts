import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { complaintsJob } from "../../../../../../queues/complaints/definition"

/** POST /admin/finesse/after-sales/complaints/analyze: runs the complaint analysis now (a job; follow it on the jobs API). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody
  const job = await complaintsJob.enqueue(req.scope, { run: `admin-${Date.now()}`, window_days: b.window_days, k: b.k })
  describeAudit(req, { action: "after-sales.complaints.analysis-started", summary: `Complaint analysis over ${b.window_days} days started`, resource_type: "finesse_job", resource_id: job.id, record: false })
  res.status(202).json({ job })
}
