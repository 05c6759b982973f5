import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { svcOf } from "../helpers"
import type { ShipmentsQueryType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...f } = req.validatedQuery as ShipmentsQueryType
  const filters = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined))
  const [shipments, count] = await svcOf(req).listAndCountFinesseLogisticsShipments(filters, { skip: offset, take: limit, order: { created_at: "DESC", id: "ASC" } })
  res.json({ shipments, count, offset, limit })
}
