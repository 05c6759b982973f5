import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serviceOf } from "../../helpers"

/** GET /admin/finesse/promotions/channels/orders?model&channel&limit&offset — orders with their channel credit (latest run). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { model: string; channel?: string; limit: number; offset: number }
  const service = serviceOf(req)
  const [run] = await service.listFinessePromotionAttributionRuns({ model: q.model }, { take: 1, order: { computed_at: "DESC" }, select: ["id"] })
  if (!run) {
    res.json({ orders: [], count: 0, offset: q.offset, limit: q.limit, run_id: null })
    return
  }
  const page = await service.pageCredits(run.id, { channel: q.channel, limit: q.limit, offset: q.offset })
  res.json({ orders: page.rows, count: page.count, offset: q.offset, limit: q.limit, run_id: run.id })
}
