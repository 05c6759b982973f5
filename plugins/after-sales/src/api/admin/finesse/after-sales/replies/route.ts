import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { service } from "../../../../../engine/case-change"
import { saveReplyWorkflow } from "../../../../../workflows/replies/save-reply"

/** GET /admin/finesse/after-sales/replies: saved replies (search by key or title), most used first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req as any).validatedQuery
  const db = service(req.scope).db()
  const base = db("finesse_after_sales_saved_reply").whereNull("deleted_at").where({ archived: q.archived ?? false })
  if (q.q) base.where((w: any) => w.whereILike("key", `%${q.q}%`).orWhereILike("title", `%${q.q}%`))
  const [rows, [{ n }]] = await Promise.all([base.clone().orderBy([{ column: "use_count", order: "desc" }, { column: "key" }]).limit(q.limit).offset(q.offset), base.clone().count({ n: "*" })])
  res.json({ replies: rows, count: Number(n), offset: q.offset, limit: q.limit })
}

/** POST /admin/finesse/after-sales/replies: a new saved reply; an unknown {{variable}} is a 400 naming it. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await saveReplyWorkflow(req.scope).run({ input: (req as any).validatedBody })
  describeAudit(req, { action: "after-sales.reply.created", summary: `Saved reply ${result.key} created`, resource_type: "finesse_after_sales_saved_reply", resource_id: result.id, changes: { key: result.key } })
  res.status(201).json({ reply: result })
}
