import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { query, svcOf } from "../helpers"

/** GET /admin/finesse/pricing/batches — repricing batches, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = query(req)
  const [rows, count] = await svcOf(req).listAndCountFinessePricingBatches(q.status ? { status: q.status } : {}, { take: q.limit, skip: q.offset, order: { created_at: "DESC" } })
  res.json({ batches: rows, count, offset: q.offset, limit: q.limit })
}
