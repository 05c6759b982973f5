import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorOf, body, startJob } from "../helpers"

/** POST /admin/finesse/pricing/reprice { note?, product_ids? } → 202 { job }: a repricing run into a new batch (the open one if one runs). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body<{ note?: string; product_ids?: string[] }>(req)
  const actor = actorOf(req).actor_id
  await startJob(req, res, {
    kind: "pricing.reprice",
    payload: { run: `manual-${Date.now()}`, ...(b.note ? { note: b.note } : {}), ...(b.product_ids ? { product_ids: b.product_ids } : {}), ...(actor ? { actor_id: actor } : {}) },
    reuse_open: true,
  })
}
