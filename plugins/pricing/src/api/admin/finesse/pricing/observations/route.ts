import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { alertsJob } from "../../../../../queues/alerts/definition"
import { ingestObservationsWorkflow } from "../../../../../workflows/observations/ingest-observations"
import { body, query, svcOf } from "../helpers"
import type { ObservationsBodyType } from "../validators"

/** GET /admin/finesse/pricing/observations — newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = query(req)
  const filter: Record<string, unknown> = {}
  for (const k of ["competitor_id", "variant_id", "product_id"]) if (q[k]) filter[k] = q[k]
  if (q.since) filter.observed_at = { $gte: new Date(q.since) }
  const [rows, count] = await svcOf(req).listAndCountFinessePricingObservations(filter, { take: q.limit, skip: q.offset, order: { observed_at: "DESC", id: "ASC" } })
  res.json({ observations: rows, count, offset: q.offset, limit: q.limit })
}

/**
 * POST /admin/finesse/pricing/observations { observations: [...] } — up to 10,000 per request, price in minor
 * units, the product named by variant_id, offer_id (a match), gtin or sku. Written in one bulk statement; answers
 * what was accepted and each rejected row's index and field. Re-sending a batch changes nothing (keyed rows).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body<ObservationsBodyType>(req)
  const rows = b.observations.map((o) => ({ ...o, competitor: o.competitor_id, observed_at: o.observed_at ? new Date(o.observed_at) : null }))
  const { result } = await ingestObservationsWorkflow(req.scope).run({ input: { rows, source: "api" } })
  if (result.accepted) {
    // one alert run per minute of arrivals, a few seconds after the first
    const minute = new Date().toISOString().slice(0, 16)
    await alertsJob.enqueue(req.scope, { run: `ingest-${minute}` }, { delayMs: 5000 }).catch(() => undefined)
  }
  describeAudit(req, {
    action: "pricing.observations.ingested",
    summary: `${result.accepted} competitor observation(s) stored, ${result.rejected.length} rejected`,
    resource_type: "finesse_pricing_observation",
    changes: { accepted: result.accepted, rejected: result.rejected.length, matches_created: result.matches_created },
  })
  res.json(result)
}
