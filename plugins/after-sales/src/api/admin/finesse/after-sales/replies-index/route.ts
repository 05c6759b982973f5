import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { service } from "../../../../../engine/case-change"
import { repliesIndexJob } from "../../../../../queues/replies-index/definition"

/** GET /admin/finesse/after-sales/replies-index: the suggestion index's version, size and cursor. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const row = await service(req.scope).db()("finesse_after_sales_reply_index").select("version", "documents", "cursor_at", "bytes", "created_at").whereNull("deleted_at").orderBy("version", "desc").first()
  res.json({ index: row ?? null })
}

/** POST /admin/finesse/after-sales/replies-index { rebuild? }: brings the index up to date now (or rebuilds it). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody
  const job = await repliesIndexJob.enqueue(req.scope, { run: `admin-${Date.now()}`, rebuild: b.rebuild })
  describeAudit(req, { action: "after-sales.replies-index.started", summary: b.rebuild ? "Suggestion index rebuild started" : "Suggestion index update started", resource_type: "finesse_job", resource_id: job.id, record: false })
  res.status(202).json({ job })
}
