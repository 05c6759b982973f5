import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { utcDay } from "../../../../../engine/container"
import { syncAllLocations } from "../../../../../engine/locations"
import { stockTotalsByLocation } from "../../../../../reads/medusa-inventory"
import { svcOf } from "../helpers"
import type { PageQueryType } from "../validators"

/**
 * GET /admin/finesse/logistics/locations — every stock location's routing facts (new stock locations get theirs
 * on the way), today's shipments against the daily capacity, the last 14 days of use, and stock on hand.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as PageQueryType
  const svc = svcOf(req)
  await syncAllLocations(req.scope)
  const [rows, count] = await svc.listAndCountFinesseLogisticsLocations({}, { skip: offset, take: limit, order: { priority: "ASC", id: "ASC" } })
  const ids = rows.map((r: any) => r.stock_location_id)
  const today = utcDay()
  const since = utcDay(Date.now() - 13 * 86_400_000)
  const [used, history, stock] = await Promise.all([
    svc.capacityUsed(today, ids),
    svc.db().raw(`select location_id, day, shipments from finesse_logistics_capacity_day where location_id = any(?) and day >= ? and deleted_at is null order by day`, [ids, since]),
    stockTotalsByLocation(svc.db()),
  ])
  const byLoc = new Map<string, { day: string; shipments: number }[]>()
  for (const h of history.rows) byLoc.set(h.location_id, [...(byLoc.get(h.location_id) ?? []), { day: h.day, shipments: Number(h.shipments) }])
  res.json({
    locations: rows.map((r: any) => ({
      ...r,
      used_today: used.get(r.stock_location_id) ?? 0,
      use_history: byLoc.get(r.stock_location_id) ?? [],
      stock: stock.get(r.stock_location_id) ?? { stocked: 0, reserved: 0, items: 0 },
    })),
    count,
    offset,
    limit,
    day: today,
  })
}
