import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { svcOf } from "../helpers"
import type { AlertsQueryType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as AlertsQueryType
  const [alerts, count] = await svcOf(req).listAndCountFinesseLogisticsAlerts(status ? { status } : {}, { skip: offset, take: limit, order: { last_at: "DESC" } })
  res.json({ alerts, count, offset, limit })
}
