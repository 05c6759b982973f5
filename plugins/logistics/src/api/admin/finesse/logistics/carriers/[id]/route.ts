import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { one, svcOf } from "../../helpers"
import type { UpdateCarrierBodyType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<UpdateCarrierBodyType>, res: MedusaResponse) {
  const svc = svcOf(req)
  const c: any = await one(svc.listFinesseLogisticsCarriers({ id: req.params.id }), "carrier", req.params.id)
  const carrier = await svc.updateFinesseLogisticsCarriers({ id: c.id, ...req.validatedBody } as any)
  describeAudit(req, { action: "logistics.carrier.updated", summary: `Carrier ${c.code}: ${Object.keys(req.validatedBody).join(", ")}`, resource_type: "finesse_logistics_carrier", resource_id: c.id, changes: req.validatedBody as Record<string, unknown> })
  res.json({ carrier })
}

/** DELETE — the carrier and its rates. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const c: any = await one(svc.listFinesseLogisticsCarriers({ id: req.params.id }), "carrier", req.params.id)
  await svc.db().raw(`update finesse_logistics_rate set deleted_at = now() where carrier_code = ? and deleted_at is null`, [c.code])
  await svc.softDeleteFinesseLogisticsCarriers(c.id)
  svc.invalidate()
  describeAudit(req, { action: "logistics.carrier.deleted", summary: `Carrier ${c.code} and its rates removed`, resource_type: "finesse_logistics_carrier", resource_id: c.id })
  res.json({ id: c.id, object: "carrier", deleted: true })
}
