import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { svcOf, query } from "../helpers"

/** GET /admin/finesse/pricing/elasticities?scope=product|category&evidence= — the latest estimates. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = query(req)
  const filter: Record<string, unknown> = { scope: q.scope }
  if (q.scope_id) filter.scope_id = q.scope_id
  if (q.evidence) filter.evidence = q.evidence
  const [rows, count] = await svcOf(req).listAndCountFinessePricingElasticities(filter, { take: q.limit, skip: q.offset, order: { observations: "DESC", scope_id: "ASC" } })
  res.json({ elasticities: rows, count, offset: q.offset, limit: q.limit })
}
