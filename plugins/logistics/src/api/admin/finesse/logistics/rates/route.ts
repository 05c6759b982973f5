import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { svcOf } from "../helpers"
import type { RateBodyType, RatesQueryType } from "../validators"

/** GET /admin/finesse/logistics/rates?carrier_code&dest_country — rate-table rows. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, carrier_code, dest_country } = req.validatedQuery as RatesQueryType
  const f: Record<string, unknown> = {}
  if (carrier_code) f.carrier_code = carrier_code
  if (dest_country) f.dest_country = dest_country.toLowerCase()
  const [rates, count] = await svcOf(req).listAndCountFinesseLogisticsRates(f, { skip: offset, take: limit, order: { carrier_code: "ASC", dest_country: "ASC", service: "ASC", max_weight_g: "ASC" } })
  res.json({ rates, count, offset, limit })
}

export async function POST(req: AuthenticatedMedusaRequest<RateBodyType>, res: MedusaResponse) {
  const svc = svcOf(req)
  const [carrier] = await svc.listFinesseLogisticsCarriers({ code: req.validatedBody.carrier_code })
  if (!carrier) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: carrier_code: no carrier "${req.validatedBody.carrier_code}"`)
  const rate: any = await svc.createFinesseLogisticsRates({ origin_country: null, dest_postcode_prefix: null, ...req.validatedBody } as any)
  svc.invalidate()
  describeAudit(req, { action: "logistics.rate.created", summary: `Rate ${rate.carrier_code} ${rate.service} to ${rate.dest_country.toUpperCase()} up to ${rate.max_weight_g} g`, resource_type: "finesse_logistics_rate", resource_id: rate.id, changes: { price: rate.price, currency_code: rate.currency_code, transit_days: rate.transit_days } })
  res.status(201).json({ rate })
}
