import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { body, startJob } from "../helpers"

/** POST /admin/finesse/pricing/fetch { competitor_id? } → 202 { job }: runs the competitors' fetchers now. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body<{ competitor_id?: string }>(req)
  await startJob(req, res, { kind: "pricing.competitor-fetch", payload: { run: `manual-${Date.now()}`, ...(b.competitor_id ? { competitor_id: b.competitor_id } : {}) } })
}
