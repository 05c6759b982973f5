import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { competitorWorkflows } from "../../../../../workflows/common/entity-steps"
import { pgArray } from "../../../../../modules/finesse-pricing/store/bulk"
import { actorOf, body, query, svcOf } from "../helpers"

/** GET /admin/finesse/pricing/competitors — with how many offers are matched and observed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = query(req)
  const svc = svcOf(req)
  const [rows, count] = await svc.listAndCountFinessePricingCompetitors({}, { take: q.limit, skip: q.offset, order: { code: "ASC" } })
  const ids = rows.map((r: any) => r.id)
  const stats = ids.length
    ? await svc.connection().raw(
        `select c.id, (select count(*)::int from finesse_pricing_product_match m where m.competitor_id = c.id and m.deleted_at is null) matches,
           (select count(*)::int from finesse_pricing_observation o where o.competitor_id = c.id and o.deleted_at is null) observations,
           (select max(observed_at) from finesse_pricing_observation o where o.competitor_id = c.id and o.deleted_at is null) last_observed_at
         from finesse_pricing_competitor c where c.id = any(?::text[])`,
        [pgArray(ids)]
      )
    : { rows: [] }
  const byId = new Map(stats.rows.map((s: any) => [s.id, s]))
  res.json({ competitors: rows.map((r: any) => ({ ...r, ...(byId.get(r.id) as object), id: r.id })), count, offset: q.offset, limit: q.limit })
}

/** POST /admin/finesse/pricing/competitors — a competitor to watch (with an HTTP/JSON fetcher, optionally). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body(req)
  const [dup] = await svcOf(req).listFinessePricingCompetitors({ code: b.code }, { take: 1 })
  if (dup) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `a competitor with code ${b.code} exists (${dup.id})`)
  const { result } = await competitorWorkflows.create(req.scope).run({ input: { ...b, created_by: actorOf(req).actor_id } })
  describeAudit(req, { action: "pricing.competitor.created", summary: `competitor ${b.name} (${b.code}) added${b.fetcher ? ` with a ${b.fetcher} fetcher` : ""}`, resource_type: "finesse_pricing_competitor", resource_id: result.id, changes: { code: b.code, fetcher: b.fetcher ?? null } })
  res.status(201).json({ competitor: result })
}
