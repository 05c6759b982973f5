import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { svcOf } from "../helpers"
import type { CarrierBodyType, PageQueryType } from "../validators"

/** GET /admin/finesse/logistics/carriers — carriers with their rate counts and Medusa's fulfilment providers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as PageQueryType
  const svc = svcOf(req)
  const [carriers, count] = await svc.listAndCountFinesseLogisticsCarriers({}, { skip: offset, take: limit, order: { code: "ASC" } })
  const rates = await svc.db().raw(`select carrier_code, count(*)::int n from finesse_logistics_rate where deleted_at is null group by 1`)
  const n = new Map(rates.rows.map((r: any) => [r.carrier_code, r.n]))
  const providers = await req.scope.resolve(Modules.FULFILLMENT).listFulfillmentProviders({}, { select: ["id", "is_enabled"] }).catch(() => [])
  res.json({ carriers: carriers.map((c: any) => ({ ...c, rates: n.get(c.code) ?? 0 })), count, offset, limit, fulfillment_providers: providers })
}

export async function POST(req: AuthenticatedMedusaRequest<CarrierBodyType>, res: MedusaResponse) {
  const svc = svcOf(req)
  const [dup] = await svc.listFinesseLogisticsCarriers({ code: req.validatedBody.code })
  if (dup) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: code: a carrier "${req.validatedBody.code}" exists`)
  const carrier: any = await svc.createFinesseLogisticsCarriers(req.validatedBody as any)
  describeAudit(req, { action: "logistics.carrier.created", summary: `Carrier ${carrier.name} (${carrier.code})`, resource_type: "finesse_logistics_carrier", resource_id: carrier.id, changes: { code: carrier.code } })
  res.status(201).json({ carrier })
}
