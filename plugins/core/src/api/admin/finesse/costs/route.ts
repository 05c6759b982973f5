import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_DATA_MODULE } from "../../../../modules/finesse-data"
import type FinesseDataModuleService from "../../../../modules/finesse-data/service"
import { upsertVariantCostsWorkflow } from "../../../../workflows/costs/upsert-variant-costs"
import type { AdminListCostsQueryType, AdminUpsertCostsBodyType } from "./validators"

/** GET /admin/finesse/costs?variant_id&currency_code&limit&offset — unit costs in minor units. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { variant_id, currency_code, limit, offset } = req.validatedQuery as AdminListCostsQueryType
  const filters: Record<string, unknown> = {}
  if (variant_id?.length) filters.variant_id = variant_id
  if (currency_code) filters.currency_code = currency_code.toLowerCase()
  const [costs, count] = await req.scope
    .resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
    .listAndCountFinesseVariantCosts(filters, { skip: offset, take: limit, order: { variant_id: "ASC", currency_code: "ASC" } })
  res.json({ costs, count, offset, limit })
}

/** POST /admin/finesse/costs { costs: [{ variant_id, currency_code, amount }] } — sets costs, re-costs past orders. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpsertCostsBodyType>, res: MedusaResponse) {
  const { result } = await upsertVariantCostsWorkflow(req.scope).run({
    input: { costs: req.validatedBody.costs, updated_by: req.auth_context?.actor_id ?? null },
  })
  res.json({ costs: result })
}
