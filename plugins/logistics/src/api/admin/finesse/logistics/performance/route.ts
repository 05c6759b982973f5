import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliveryStats, weeklyLateRate } from "../../../../../lib/performance/delivery-stats"
import { svcOf } from "../helpers"
import type { PerformanceQueryType } from "../validators"

const DAY = 86_400_000

/**
 * GET /admin/finesse/logistics/performance?days=28&dimension=carrier — promised against actual delivery: late
 * rates by the dimension (with 95 % Wilson intervals), the weekly late rate by carrier, and the open alerts.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { days, dimension } = req.validatedQuery as PerformanceQueryType
  const svc = svcOf(req)
  const now = Date.now()
  const records = await svc.deliveryRecords(new Date(now - days * DAY), new Date(now + 7 * DAY))
  const [alerts] = await Promise.all([svc.listFinesseLogisticsAlerts({ status: "open" }, { order: { last_at: "DESC" }, take: 50 })])
  const delivered = records.filter((r) => r.delivered_at !== null)
  const late = delivered.filter((r) => r.promised_at !== null && r.delivered_at! > r.promised_at)
  res.json({
    days,
    dimension,
    totals: { shipments: records.length, delivered: delivered.length, late: late.length, late_rate: delivered.length ? Math.round((late.length / delivered.length) * 1000) / 1000 : 0 },
    rows: deliveryStats(records, dimension, now),
    weekly: weeklyLateRate(records.filter((r) => r.promised_at! <= now), "carrier"),
    alerts,
  })
}
