import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { anomaliesJob } from "../../../../../../queues/anomalies/definition"
import type { AdminRunAnomaliesBodyType } from "../../validators"

/** POST /admin/finesse/risk/anomalies/run — queues the KPI anomaly job now over the last `days` complete days. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRunAnomaliesBodyType>, res: MedusaResponse) {
  const job = await anomaliesJob.enqueue(req.scope, { days: req.validatedBody.days, run: `manual-${Date.now()}` })
  describeAudit(req, { action: "risk.anomalies.started", summary: `Started KPI anomaly detection over the last ${req.validatedBody.days} days`, resource_type: "finesse_job", resource_id: job.id })
  res.status(202).json({ job })
}
