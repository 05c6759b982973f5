import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit, finesseActor } from "@finesse/core/access"
import { saveLeadTimesWorkflow } from "../../../../../workflows/lead-times/save-lead-times"
import { catalogService } from "../helpers"
import type { AdminLeadTimeQueryType, AdminLeadTimesBodyType } from "../validators"

/** GET /admin/finesse/catalog/lead-times?q&supplier&variant_id&limit&offset → supplier terms per variant (× location). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminLeadTimeQueryType
  const [{ rows, count }, policy] = await Promise.all([catalogService(req).listLeadTimes(q), catalogService(req).policy()])
  res.json({ lead_times: rows, count, offset: q.offset, limit: q.limit, default: { lead_time_days: policy.default_lead_time_days, lead_time_sd_days: policy.default_lead_time_sd_days } })
}

/**
 * POST /admin/finesse/catalog/lead-times { rows: [{ sku | variant_id, location?, supplier?, lead_time_days, … }] }
 * → 200 { lead_times, replaced }: entered terms, each replacing the same variant × location's. Every row must be
 * valid (400 names rows[i].field).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminLeadTimesBodyType>, res: MedusaResponse) {
  const rows = req.validatedBody.rows.map((r) => ({ ...r, location: r.location ?? undefined, supplier: r.supplier ?? undefined, lead_time_sd_days: r.lead_time_sd_days ?? undefined, pack_size: r.pack_size ?? undefined, moq: r.moq ?? undefined, order_cost: r.order_cost ?? undefined, currency_code: r.currency_code?.toLowerCase() ?? undefined }))
  const { result } = await saveLeadTimesWorkflow(req.scope).run({ input: { rows, source: "manual", updated_by: finesseActor(req).actor_id, partial: false } })
  describeAudit(req, {
    action: "catalog.lead_times.saved",
    summary: `${result.rows.length} supplier lead time${result.rows.length === 1 ? "" : "s"} entered (${result.replaced} replaced)`,
    resource_type: "finesse_catalog_lead_time",
    resource_id: result.rows.length === 1 ? result.rows[0].id : undefined,
    changes: { rows: result.rows.map((r) => ({ variant_id: r.variant_id, location_id: r.location_id, lead_time_days: r.lead_time_days, lead_time_sd_days: r.lead_time_sd_days, pack_size: r.pack_size, moq: r.moq })) },
  })
  res.json({ lead_times: result.rows, replaced: result.replaced })
}
