import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { body, startJob } from "../helpers"

/** POST /admin/finesse/pricing/elasticity { weeks? } → 202 { job }: estimates every product's elasticity again. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body<{ weeks?: number }>(req)
  await startJob(req, res, { kind: "pricing.elasticity", payload: { run: `manual-${Date.now()}`, ...(b.weeks ? { weeks: b.weeks } : {}) }, reuse_open: true })
}
